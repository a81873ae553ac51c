package org.newsdesk.store.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.TestRequirements;
import org.newsdesk.newsroom.PostgresPerClass;

@Tag(TestRequirements.SYSTEM)
class ServerLibraryTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    private String url;

    @BeforeEach
    void freshDatabase() {
        url = postgres.newDatabase();
        ServerLibrary.migrate(url, null, null);
    }

    private static ServerParagraph paragraph(String id, String text, long version) {
        return new ServerParagraph(id, "guest", text, "[{\"text\":\"" + text + "\",\"styles\":[]}]", null, version);
    }

    private static ServerStory story(UUID id, List<ServerParagraph> paragraphs) {
        return new ServerStory(id, "he-gu-cha-nong", "draft", "{\"headline\":\"河谷茶农\"}", "[]", paragraphs, 0, 0, "");
    }

    @Test
    void migratingTwiceIsHarmlessAndEditorsAreKept() {
        ServerLibrary.migrate(url, null, null);
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            server.addEditor("wang.li", "王立", "chief");
            assertThat(server.editors()).containsExactly(new ServerLibrary.Editor("wang.li", "王立", "chief"));
            assertThatThrownBy(() -> server.addEditor("zhao", "赵", "intern"))
                    .isInstanceOf(ServerException.class);
        }
    }

    @Test
    void aPushedStoryIsPulledWithItsParagraphsInOrderAndVersions() {
        UUID id = UUID.randomUUID();
        String p1 = UUID.randomUUID().toString();
        String p2 = UUID.randomUUID().toString();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            ServerStory pushed = server.push(story(id, List.of(paragraph(p1, "第一段", 0), paragraph(p2, "第二段", 0))),
                    0, Set.of(p1, p2), "li.na");
            assertThat(pushed.version()).isEqualTo(1);
            List<ServerStory> pulled = server.changedSince(0);
            assertThat(pulled).hasSize(1);
            assertThat(pulled.get(0).paragraphs()).extracting(ServerParagraph::text).containsExactly("第一段", "第二段");
            assertThat(pulled.get(0).updatedBy()).isEqualTo("li.na");
            assertThat(server.changedSince(pushed.changeSeq())).isEmpty();

            // reorder and change the second paragraph, drop nothing
            ServerStory second = server.push(story(id, List.of(paragraph(p2, "第二段改", 1), paragraph(p1, "第一段", 1))),
                    1, Set.of(p2), "li.na");
            ServerStory now = server.story(id).orElseThrow();
            assertThat(now.paragraphs()).extracting(ServerParagraph::text).containsExactly("第二段改", "第一段");
            assertThat(now.paragraphs()).extracting(ServerParagraph::version).containsExactly(2L, 1L);
            assertThat(now.version()).isEqualTo(2);
            assertThat(second.changeSeq()).isGreaterThan(pushed.changeSeq());
        }
    }

    @Test
    void aPushAgainstAnOldVersionIsRefusedAndChangesNothing() {
        UUID id = UUID.randomUUID();
        String p1 = UUID.randomUUID().toString();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            server.push(story(id, List.of(paragraph(p1, "原文", 0))), 0, Set.of(p1), "a");
            server.push(story(id, List.of(paragraph(p1, "甲改", 1))), 1, Set.of(p1), "a");
            assertThatThrownBy(() -> server.push(story(id, List.of(paragraph(p1, "乙改", 1))), 1, Set.of(p1), "b"))
                    .isInstanceOfSatisfying(ServerException.class,
                            e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.STALE));
            assertThatThrownBy(() -> server.push(story(id, List.of(paragraph(p1, "新建", 0))), 0, Set.of(p1), "b"))
                    .isInstanceOf(ServerException.class);
            assertThat(server.story(id).orElseThrow().paragraphs().get(0).text()).isEqualTo("甲改");
        }
    }

    @Test
    void anUnreachableServerIsATypedError() {
        assertThatThrownBy(() -> ServerLibrary.connect("jdbc:postgresql://127.0.0.1:1/none", "x", "y"))
                .isInstanceOfSatisfying(ServerException.class,
                        e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.UNREACHABLE));
    }
}
