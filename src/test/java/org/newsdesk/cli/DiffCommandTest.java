package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.workflow.revisions.RevisionDiff;
import picocli.CommandLine;

/** `diff`: the last published revision against the current text, character by character, in Chinese. */
class DiffCommandTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("no window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** A published revision 1, then one paragraph edited, one re-assigned and the editor changed (not saved). */
    private String edited() {
        try (Store store = TestStores.fresh(dataDir)) {
            Metadata m = new Metadata("科技局長談創新", "", "", "", "東城政務網", List.of(), "周編輯", null,
                    Metadata.DEFAULT_ZONE, List.of(), List.of(), null, "", null);
            Story s = store.stories().create(m, List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                    new Speaker("guest", "林局長", "林志遠", "科技局局長", SpeakerRole.GUEST)), List.of(
                    Paragraph.of("host", "請您談談今年的重點工作。"),
                    Paragraph.of("guest", "我們今年要建成三個孵化基地。"),
                    Paragraph.of("guest", "謝謝大家。")));
            store.stories().saveRevision(s.id(), s.version(), "周編輯");
            store.outbox().enqueue(s.id(), 1, "a".repeat(64), "portal", s.slug(), m.headline(), "周編輯");
            Story kept = store.stories().get(s.id());
            List<Paragraph> now = List.of(kept.paragraphs().get(0),
                    new Paragraph(kept.paragraphs().get(1).id(), "guest", List.of(Span.plain("我們今年要建成五個孵化基地。"))),
                    new Paragraph(kept.paragraphs().get(2).id(), "host", List.of(Span.plain("謝謝大家。"))));
            long v = store.stories().applyEdit(s.id(), kept.version(), TranscriptEdit.between(kept.paragraphs(), now));
            store.stories().updateMetadata(s.id(), v, new Metadata("科技局長談創新", "", "", "", "東城政務網", List.of(),
                    "吳編輯", null, Metadata.DEFAULT_ZONE, List.of(), List.of(), null, "", null));
            return s.id().toString();
        }
    }

    @Test
    void theLastPublishedRevisionAgainstTheCurrentTextCharacterByCharacter() {
        String id = edited();

        Run diff = run("diff", id);

        assertThat(diff.exit()).as(diff.err()).isZero();
        assertThat(diff.out().lines()).containsExactly(
                "Story " + id + ": revision 1 → the current text",
                "editor: [-周-]{+吳+}編輯",
                "¶2 (林局長): 我們今年要建成[-三-]{+五+}個孵化基地。",
                "¶3 (林局長 → 主持人): 謝謝大家。");
    }

    @Test
    void jsonNamesEachPieceAndTwoRevisionsCanBeCompared() throws Exception {
        String id = edited();
        run("--editor", "吳編輯", "export", id, "--out", dataDir.resolve("out").toString());  // keeps revision 2

        JsonNode same = new ObjectMapper().readTree(run("diff", id, "2", "--json").out());
        JsonNode two = new ObjectMapper().readTree(run("diff", id, "1", "2", "--json").out());

        assertThat(same.path("paragraphs")).isEmpty();
        assertThat(same.path("metadata")).isEmpty();
        assertThat(two.path("from").asInt()).isEqualTo(1);
        assertThat(two.path("to").asInt()).isEqualTo(2);
        JsonNode p2 = two.path("paragraphs").get(0);
        assertThat(p2.path("index").asInt()).isEqualTo(2);
        assertThat(p2.path("change").asText()).isEqualTo("changed");
        assertThat(p2.path("pieces").toString()).isEqualTo("[{\"kind\":\"same\",\"text\":\"我們今年要建成\"},"
                + "{\"kind\":\"deleted\",\"text\":\"三\"},{\"kind\":\"inserted\",\"text\":\"五\"},"
                + "{\"kind\":\"same\",\"text\":\"個孵化基地。\"}]");
        assertThat(two.path("paragraphs").get(1).path("speakerAfter").asText()).isEqualTo("主持人");
        assertThat(two.path("metadata").get(0).path("field").asText()).isEqualTo("editor");
    }

    @Test
    void addedAndRemovedParagraphsAndSurrogatePairsAreWholePieces() {
        List<RevisionDiff.Piece> pieces = RevisionDiff.characters("𠀀甲乙", "𠀁甲乙丙");
        assertThat(pieces).containsExactly(new RevisionDiff.Piece(RevisionDiff.Kind.DELETED, "𠀀"),
                new RevisionDiff.Piece(RevisionDiff.Kind.INSERTED, "𠀁"),
                new RevisionDiff.Piece(RevisionDiff.Kind.SAME, "甲乙"),
                new RevisionDiff.Piece(RevisionDiff.Kind.INSERTED, "丙"));
        String id = edited();
        try (Store store = TestStores.fresh(dataDir)) {
            Story now = store.stories().get(java.util.UUID.fromString(id));
            Story fewer = new Story(now.id(), now.slug(), now.status(), now.metadata(), now.speakers(),
                    List.of(now.paragraphs().get(0), Paragraph.narration("以下是訪談實錄。")), 0, 1, null, null);
            RevisionDiff.Result r = RevisionDiff.between(now, fewer);
            assertThat(r.paragraphs()).extracting(p -> p.before() == null ? "+" + p.after() : p.after() == null
                    ? "-" + p.before() : "~").containsExactly("-我們今年要建成五個孵化基地。", "-謝謝大家。", "+以下是訪談實錄。");
        }
    }

    @Test
    void aStoryWithoutARevisionSaysSo() {
        String id = run("new", "--headline", "未存檔的稿件").out().strip();

        Run diff = run("diff", id);

        assertThat(diff.exit()).isEqualTo(2);
        assertThat(diff.err()).contains("has no saved revision");
    }
}
