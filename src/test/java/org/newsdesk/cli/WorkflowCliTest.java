package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import picocli.CommandLine;

/** meta, status, check and search on the command line, run in-process on a throwaway data folder. */
class WorkflowCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, importFile) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private static void assertSucceeded(Run run) {
        assertThat(run.exit()).as("exit; stderr: %s", run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }

    /** A Q&A with a host and a guest, one paragraph still holding an editor's note. */
    private UUID interview() {
        try (Store store = TestStores.fresh(dataDir)) {
            return store.stories().create(Metadata.withHeadline("市科委副主任做客政務網"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest1", "李寶純", "", "", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("host", "具體的舉措有哪些呢？"),
                            new Paragraph(Paragraph.newId(), "guest1", List.of(Span.plain("推進大眾創業。"),
                                    Span.styled("核對日期", SpanStyle.NOTE))))).id();
        }
    }

    @Test
    void metaSetsFieldsAndPrintsThePortalPreview() {
        UUID id = interview();

        Run set = run("meta", id.toString(), "--set", "source=天津政務網", "--set", "editor=張令沛",
                "--set", "publishTime=2015-07-31 10:02:54", "--set", "kicker=政務訪談", "--set", "part=3",
                "--set", "seriesName=科委訪談", "--set", "channels=新聞、天津", "--json");

        assertSucceeded(set);
        JsonNode meta = set.json();
        assertThat(meta.path("metadata").path("source").asText()).isEqualTo("天津政務網");
        assertThat(meta.path("metadata").path("publishTime").asText()).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(meta.path("metadata").path("series").path("part").asInt()).isEqualTo(3);
        assertThat(meta.path("preview").path("headline").asText()).isEqualTo("市科委副主任做客政務網(3)");
        assertThat(meta.path("preview").path("metadataLine").asText())
                .isEqualTo("來源: 天津政務網  作者:  2015-07-31 10:02:54  編輯:張令沛");

        Run again = run("meta", id.toString(), "--json");
        assertSucceeded(again);
        assertThat(again.json().path("metadata").path("channels")).extracting(JsonNode::asText).containsExactly("新聞", "天津");
    }

    @Test
    void badValuesAreRefusedFieldByFieldAndNothingIsStored() {
        UUID id = interview();

        Run bad = run("meta", id.toString(), "--set", "publishTime=2015-02-30 10:00:00", "--set", "slug=../x",
                "--set", "headline=" + "長".repeat(10_000), "--set", "part=0");

        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().lines()).containsExactlyInAnyOrder(
                "newsdesk: Publish time: \"2015-02-30 10:00:00\" is not a valid date and time: write it as 2015-07-31 10:02:54",
                "newsdesk: Headline: Headline is longer than 200 characters (it has 10,000)",
                "newsdesk: Slug: The slug \"../x\" may only have lower-case letters a–z, digits and single hyphens between them",
                "newsdesk: Part: Parts are numbered from 1 (this is 0)");
        Run show = run("show", id.toString(), "--json");
        assertThat(show.json().path("metadata").path("headline").asText()).isEqualTo("市科委副主任做客政務網");
        assertThat(show.json().path("metadata").path("publishTime").isNull()).isTrue();
    }

    @Test
    void statusRefusesAStoryThatIsNotReadyListingEveryFailure() {
        UUID id = interview();

        Run refused = run("status", id.toString(), "ready", "--by", "王編輯");

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        List<String> lines = refused.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("newsdesk: " + ENGLISH.get("workflow.notReady", "Ready", 4));
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "  - Source is required", "  - Editor is required", "  - Publish time is required",
                "  - Paragraph 2 still has an editor's note: 核對日期");

        Run check = run("check", id.toString());
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("[FAIL] Required fields filled in", "[ok]   No paragraph too long",
                "[FAIL] No editor's notes left in the text");
    }

    @Test
    void aReadyStoryMovesAndShowJsonHasTheHistory() {
        UUID id = interview();
        try (Store store = TestStores.fresh(dataDir)) {
            var story = store.stories().get(id);
            var note = story.paragraphs().get(1);
            store.stories().applyEdit(id, story.version(), org.newsdesk.model.TranscriptEdit.between(
                    story.paragraphs(), List.of(story.paragraphs().get(0), Paragraph.of("guest1", "推進大眾創業。"))));
            assertThat(note.text()).contains("核對日期");
        }
        assertSucceeded(run("meta", id.toString(), "--set", "source=天津政務網", "--set", "editor=張令沛",
                "--set", "publishTime=2015-07-31 10:02:54"));

        Run check = run("check", id.toString(), "--json");
        assertSucceeded(check);
        assertThat(check.json().path("ready").asBoolean()).isTrue();

        Run moved = run("status", id.toString(), "READY", "--by", "王編輯");
        assertSucceeded(moved);
        assertThat(moved.out().strip()).isEqualTo("Story " + id + " is now Ready");

        Run notAllowed = run("status", id.toString(), "withdrawn");
        assertThat(notAllowed.exit()).isEqualTo(1);
        assertThat(notAllowed.err().strip()).isEqualTo("newsdesk: A story cannot go from Ready to Withdrawn");

        Run show = run("show", id.toString(), "--json");
        JsonNode history = show.json().path("statusHistory");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).path("from").asText()).isEqualTo("draft");
        assertThat(history.get(0).path("to").asText()).isEqualTo("ready");
        assertThat(history.get(0).path("by").asText()).isEqualTo("王編輯");
        assertThat(show.json().path("status").asText()).isEqualTo("ready");
    }

    @Test
    void anUnknownStatusIsAUsageError() {
        UUID id = interview();
        Run run = run("status", id.toString(), "lost");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("lost");
    }

    @Test
    void searchFindsChineseAndKeepsTheIndexCurrent() {
        UUID id = interview();
        UUID other = newStory("本週天氣預報");

        Run found = run("search", "創業", "--json");
        assertThat(found.exit()).isZero();
        // the first search builds the index and says how far it is on stderr, starting at once
        assertThat(found.err().lines().toList()).startsWith("building the index, 0 of 2")
                .endsWith("building the index, 2 of 2");
        assertThat(found.json().path("hits")).extracting(h -> h.path("id").asText()).containsExactly(id.toString());
        assertThat(found.json().path("hits").get(0).path("highlights").get(0).path("marked").asText())
                .contains("【創業】");

        Run again = run("search", "創");
        assertSucceeded(again);
        assertThat(again.out()).contains(id.toString()).doesNotContain(other.toString());
        assertThat(run("search", "天氣", "--json").json().path("hits")).extracting(h -> h.path("id").asText())
                .containsExactly(other.toString());

        // a later change is picked up by the next search, and the trash is left out
        assertSucceeded(run("meta", other.toString(), "--set", "subtitle=創業者的天氣"));
        assertThat(run("search", "創業", "--json").json().path("hits")).hasSize(2);
        assertSucceeded(run("delete", other.toString()));
        assertThat(run("search", "創業", "--rebuild", "--json").json().path("hits")).hasSize(1);
    }

    @Test
    void aSearchThatCannotWaitAnswersFromThePartBuiltAndSaysSo() {
        UUID id = interview();
        newStory("本週天氣預報");

        Run partial = run("search", "創業", "--wait", "0", "--json");
        assertThat(partial.exit()).as("stderr: %s", partial.err()).isZero();
        assertThat(partial.json().path("complete").asBoolean(true)).isFalse();
        assertThat(partial.json().path("indexed").asInt(-1)).isZero();
        assertThat(partial.json().path("total").asInt()).isEqualTo(2);
        assertThat(partial.json().path("hits")).isEmpty();
        Run text = run("search", "創業", "--wait", "0");
        assertThat(text.out().lines().toList())
                .containsExactly("(incomplete: the index holds 0 of 2 stories so far; the next search goes on building it)");

        // without --wait the search finishes what was left and answers in full
        Run whole = run("search", "創業", "--json");
        assertThat(whole.json().path("complete").asBoolean(false)).isTrue();
        assertThat(whole.json().path("indexed").asInt()).isEqualTo(2);
        assertThat(whole.json().path("total").asInt()).isEqualTo(2);
        assertThat(whole.json().path("hits")).extracting(h -> h.path("id").asText()).containsExactly(id.toString());
        assertThat(run("search", "創業", "--wait", "0").out()).contains(id.toString()).doesNotContain("incomplete");
    }

    private UUID newStory(String headline) {
        Run run = run("new", "--headline", headline);
        assertSucceeded(run);
        return UUID.fromString(run.out().strip());
    }
}
