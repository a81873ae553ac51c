package org.newsdesk.ui.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.proof.WordingList;
import org.newsdesk.ui.common.SameThreadTasks;

/**
 * The wording list's dialog model without the JavaFX toolkit: bad lines named as typed, a sample
 * proofread with the list as edited before anything is saved, a save that reaches the data
 * folder and then asks for the open story to be checked again.
 */
class WordingViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<String> events = new ArrayList<>();

    private WordingViewModel model(Path folder) {
        return new WordingViewModel(tasks, ENGLISH, folder, () -> events.add("checked again"));
    }

    @Test
    void aBadLineIsNamedAsTypedAndAGoodListHasNoProblems() {
        WordingViewModel model = model(dataFolder);

        assertThat(model.problems("# ours\nprefer\t稿件")).containsExactly(
                ENGLISH.get("proof.wording.badLine", 2, "prefer→稿件"));
        assertThat(model.problems("# ours\nban\t样稿\t\tinternal\nprefer\t互联网+\t“互联网+”\tusage")).isEmpty();
    }

    @Test
    void aSampleIsTriedWithTheEditedListAndOnlyApplyWritesIt() throws Exception {
        WordingViewModel model = model(dataFolder);
        String list = "# ours\nban\t样稿\t\tinternal\n";
        List<String> shown = new ArrayList<>();

        model.tryOut(list, "这是样稿。", shown::add);
        tasks.settle();
        assertThat(shown).singleElement().asString().contains(ENGLISH.get("proof.category.wording") + " · ").contains("样稿");
        model.tryOut(list, "这是定稿。", shown::add);
        tasks.settle();
        assertThat(shown).last().isEqualTo(ENGLISH.get("proof.cli.none"));
        assertThat(Files.exists(WordingList.file(dataFolder))).as("trying saves nothing").isFalse();

        model.save(list, () -> events.add("done"), problem -> events.add("failed: " + problem));
        tasks.settle();
        assertThat(events).containsExactly("checked again", "done");
        assertThat(Files.readString(WordingList.file(dataFolder))).contains("ban\t样稿\t\tinternal");

        List<String> loaded = new ArrayList<>();
        model(dataFolder).load(loaded::add, problem -> loaded.add("failed: " + problem));
        tasks.settle();
        assertThat(loaded).singleElement().asString().contains("ban\t样稿\t\tinternal");
    }

    @Test
    void withoutADataFolderTheListIsEmptyAndASaveFailsWithAReason() {
        WordingViewModel model = model(null);
        List<String> loaded = new ArrayList<>();
        model.load(loaded::add, loaded::add);
        assertThat(loaded).containsExactly("");

        model.save("ban\t样稿\t\tinternal\n", () -> events.add("done"), problem -> events.add("failed: " + problem));
        assertThat(events).containsExactly("failed: " + ENGLISH.get("proof.wording.saveFailed", "-"));
    }
}
