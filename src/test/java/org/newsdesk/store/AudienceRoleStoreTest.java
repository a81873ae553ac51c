package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

/** The audience role survives the store (migration V6 widens the role check). */
class AudienceRoleStoreTest {

    @Test
    void aNetizenIsStoredAndReadBackWithItsRole(@TempDir Path data) {
        List<Speaker> roster = List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("audience1", "小鱼儿", "小鱼儿", "", SpeakerRole.AUDIENCE));
        try (Store store = TestStores.fresh(data)) {
            Story story = store.stories().create(Metadata.withHeadline("网友提问"), roster,
                    List.of(new Paragraph(java.util.UUID.randomUUID().toString(), "host", List.of(Span.plain("请提问。"))),
                            new Paragraph(java.util.UUID.randomUUID().toString(), "audience1", List.of(Span.plain("补贴什么时候发？")))));
            assertThat(store.stories().get(story.id()).speakers()).isEqualTo(roster);
        }
        try (Store again = TestStores.fresh(data)) {
            assertThat(again.stories().list(false)).hasSize(1);
        }
    }
}
