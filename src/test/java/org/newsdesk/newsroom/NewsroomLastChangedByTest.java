package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/**
 * "Last changed by" (the sign-off's four-eyes rule reads it) is one truth on every workstation:
 * the editor whose push made the server's current content. Both desks edit different paragraphs
 * offline and sync in turn; after the merge both name the one who pushed the merged text.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomLastChangedByTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void afterAMergeBothWorkstationsNameTheEditorWhosePushMadeTheContent() {
        TestNewsroom newsroom = new TestNewsroom(postgres);
        String wang = newsroom.editor("wang", "王编辑", "editor");
        String li = newsroom.editor("li", "李记者", "editor");
        Store a = desk("a", "王编辑");
        Store b = desk("b", "李记者");
        UUID id = a.stories().create(Metadata.withHeadline("渡口"), List.of(),
                List.of(Paragraph.narration("早班船六点开。"), Paragraph.narration("船老大姓周。"))).id();
        newsroom.sync(a, wang);
        newsroom.sync(b, li);

        edit(a, id, 0, "早班船六点开，风大就停。");
        edit(b, id, 1, "船老大姓周，开了二十年。");
        newsroom.sync(a, wang); // a's edit reaches the server first
        newsroom.sync(b, li);   // b merges it with its own and pushes the merged text
        newsroom.sync(a, wang); // a takes the merged text, exactly as pushed by b

        assertThat(a.stories().get(id).paragraphs().stream().map(Paragraph::text))
                .containsExactly("早班船六点开，风大就停。", "船老大姓周，开了二十年。");
        assertThat(lastChangedBy(b, id)).isEqualTo("李记者");
        assertThat(lastChangedBy(a, id)).as("the same truth on both desks").isEqualTo("李记者");

        edit(a, id, 0, "早班船七点开。");
        newsroom.sync(a, wang);
        newsroom.sync(b, li);
        assertThat(lastChangedBy(a, id)).isEqualTo("王编辑");
        assertThat(lastChangedBy(b, id)).isEqualTo("王编辑");
    }

    private Store desk(String folder, String editor) {
        Store store = TestStores.fresh(folders.resolve(folder));
        open.add(store);
        store.newsroom().bodies().keepAll(true);
        store.workflow().signOff().setEditor(() -> editor);
        return store;
    }

    private static String lastChangedBy(Store store, UUID id) {
        return store.workflow().signOff().state(id).lastChangedBy();
    }

    private static void edit(Store store, UUID id, int index, String text) {
        Story s = store.stories().get(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(index);
        now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }
}
