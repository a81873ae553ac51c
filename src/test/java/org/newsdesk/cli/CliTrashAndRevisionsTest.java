package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cli.CliRun.assertFailedWith;
import static org.newsdesk.cli.CliRun.assertSucceeded;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoryRepository;
import org.newsdesk.store.TestStores;

/** {@code delete}, {@code restore}, {@code revisions} and {@code revert}, run in-process against a throwaway data folder. */
class CliTrashAndRevisionsTest {

    private static final String HEADLINE = "市科委副主任做客政務網(3)";
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    private UUID newStory(String headline) {
        CliRun run = run("new", "--headline", headline);
        assertSucceeded(run);
        return UUID.fromString(run.out().strip());
    }

    // ------------------------------------------------------------ trash

    @Test
    void deleteMovesToTheTrashAndRestoreBringsItBack() {
        UUID id = newStory(HEADLINE);
        UUID other = newStory("Other story");

        CliRun delete = run("--lang", "en", "delete", id.toString());
        assertSucceeded(delete);
        assertThat(delete.out().strip()).isEqualTo(ENGLISH.get("cli.deleted", id));

        CliRun library = run("list");
        assertSucceeded(library);
        assertThat(library.out()).doesNotContain(id.toString()).contains(other.toString());
        CliRun trash = run("list", "--trash");
        assertSucceeded(trash);
        assertThat(trash.out()).contains(id.toString(), HEADLINE).doesNotContain(other.toString());
        CliRun trashJson = run("list", "--trash", "--json");
        assertSucceeded(trashJson);
        assertThat(trashJson.json()).hasSize(1);
        assertThat(trashJson.json().get(0).path("id").asText()).isEqualTo(id.toString());
        assertThat(trashJson.json().get(0).path("deletedAt").asText()).isNotBlank();

        CliRun restore = run("--lang", "en", "restore", id.toString());
        assertSucceeded(restore);
        assertThat(restore.out().strip()).isEqualTo(ENGLISH.get("cli.restored", id));

        CliRun back = run("list");
        assertSucceeded(back);
        assertThat(back.out()).contains(id.toString(), other.toString());
        CliRun emptyTrash = run("list", "--trash");
        assertSucceeded(emptyTrash);
        assertThat(emptyTrash.out()).isEmpty();
    }

    @Test
    void deleteOfAnUnknownIdFails() {
        assertFailedWith(run("--lang", "en", "delete", UUID.randomUUID().toString()),
                ENGLISH.get("store.error.notFound"));
        assertFailedWith(run("--lang", "en", "restore", UUID.randomUUID().toString()),
                ENGLISH.get("store.error.notFound"));
    }

    // ------------------------------------------------------------ revisions

    @Test
    void revisionsAreListedNewestFirstAndRevertRestoresOne() {
        UUID id = newStory("First headline");
        String paragraphText = "市科委副主任做客政務網。";
        try (Store store = Store.open(dataDir)) {
            StoryRepository stories = store.stories();
            stories.saveRevision(id, stories.get(id).version(), "王編輯");
            Story s = stories.get(id);
            stories.updateMetadata(id, s.version(), s.metadata().withHeadlineText("Second headline"));
            s = stories.get(id);
            stories.applyEdit(id, s.version(),
                    TranscriptEdit.between(s.paragraphs(), List.of(Paragraph.narration(paragraphText))));
            stories.saveRevision(id, stories.get(id).version(), "李編輯");
        }

        CliRun revisions = run("revisions", id.toString());
        assertSucceeded(revisions);
        List<String> lines = revisions.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\s*2\\s.*").contains("李編輯", "Second headline");
        assertThat(lines.get(1)).matches("\\s*1\\s.*").contains("王編輯", "First headline");

        CliRun revisionsJson = run("revisions", id.toString(), "--json");
        assertSucceeded(revisionsJson);
        JsonNode array = revisionsJson.json();
        assertThat(array).hasSize(2);
        assertThat(array.get(0).path("number").asInt()).isEqualTo(2);
        assertThat(array.get(0).path("headline").asText()).isEqualTo("Second headline");
        assertThat(array.get(1).path("number").asInt()).isEqualTo(1);
        assertThat(array.get(1).path("savedBy").asText()).isEqualTo("王編輯");

        CliRun current = run("show", id.toString(), "--json");
        assertSucceeded(current);
        assertThat(current.json().path("metadata").path("headline").asText()).isEqualTo("Second headline");
        assertThat(current.json().path("paragraphs")).hasSize(1);

        CliRun revert = run("--lang", "en", "revert", id.toString(), "--to", "1");
        assertSucceeded(revert);
        assertThat(revert.out().strip()).isEqualTo(ENGLISH.get("cli.reverted", id, 1));

        CliRun reverted = run("show", id.toString(), "--json");
        assertSucceeded(reverted);
        assertThat(reverted.json().path("metadata").path("headline").asText()).isEqualTo("First headline");
        assertThat(reverted.json().path("paragraphs")).isEmpty();
        assertThat(reverted.json().path("revision").asInt()).isEqualTo(2);

        CliRun forward = run("revert", id.toString(), "--to", "2");
        assertSucceeded(forward);
        CliRun again = run("show", id.toString(), "--json");
        assertThat(again.json().path("metadata").path("headline").asText()).isEqualTo("Second headline");
        assertThat(again.json().path("paragraphs").get(0).path("text").asText()).isEqualTo(paragraphText);
    }

    @Test
    void aStoryWithoutRevisionsListsNone() {
        UUID id = newStory(HEADLINE);

        CliRun run = run("revisions", id.toString());

        assertSucceeded(run);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void revertToAMissingRevisionFails() {
        UUID id = newStory(HEADLINE);

        assertFailedWith(run("--lang", "en", "revert", id.toString(), "--to", "7"),
                ENGLISH.get("store.error.notFound"));
    }
}
