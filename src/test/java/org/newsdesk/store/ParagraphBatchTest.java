package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

/** Paragraphs inserted in batches (more than one round trip's worth) come back as written. */
class ParagraphBatchTest {

    @Test
    void aLongTranscriptWithStylesAndStartTimesIsStoredExactly(@TempDir Path dir) {
        int count = ParagraphBatch.ROWS_PER_BATCH * 2 + 345;
        List<Paragraph> ps = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<Span> spans = i % 3 == 0
                    ? List.of(Span.styled("第" + i + "段", SpanStyle.BOLD), Span.plain("：碼頭工人談早班。"))
                    : List.of(Span.plain("第" + i + "段，倉庫的燈亮到深夜。"));
            ps.add(new Paragraph(Paragraph.newId(), i % 4 == 0 ? null : i % 2 == 0 ? "host" : "guest", spans,
                    i % 5 == 0 ? Duration.ofMillis(1_000L * i) : null));
        }
        try (Store store = TestStores.fresh(dir)) {
            Story created = store.stories().create(Metadata.withHeadline("碼頭夜班"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest", "王師傅", "王建國", "", SpeakerRole.GUEST)), ps);
            assertThat(created.paragraphs()).containsExactlyElementsOf(ps);
        }
        try (Store reopened = TestStores.fresh(dir)) {
            Story read = reopened.stories().list(false).stream().findFirst()
                    .map(s -> reopened.stories().get(s.id())).orElseThrow();
            assertThat(read.paragraphs()).containsExactlyElementsOf(ps);
        }
    }
}
