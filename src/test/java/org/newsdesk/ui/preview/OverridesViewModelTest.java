package org.newsdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.script.PhraseList;
import org.newsdesk.export.script.Script;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.SameThreadTasks;

/** The conversion overrides dialog's model without a window: try out, save (which tells previews), read back. */
class OverridesViewModelTest {

    @TempDir
    Path dataFolder;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<String> heard = new ArrayList<>();

    @Test
    void anEditIsTriedOutBeforeItIsSavedAndReadBackAfter() {
        int[] saved = new int[1];
        OverridesViewModel overrides = new OverridesViewModel(tasks, new Messages(Locale.ENGLISH), dataFolder,
                () -> saved[0]++);
        PhraseList edits = PhraseList.parse("钟表\t鐘錶\n", "test");
        overrides.load(Script.HANT, heard::add);
        assertThat(heard).containsExactly("");

        overrides.tryOut(Script.HANT, edits, "修理钟表", heard::add);
        assertThat(heard.get(1)).isEqualTo("修理鐘錶");
        assertThat(saved[0]).as("trying out saves nothing").isZero();

        overrides.save(Script.HANT, edits, () -> heard.add("saved"), heard::add);
        overrides.load(Script.HANT, heard::add);

        assertThat(saved[0]).isOne();
        assertThat(heard.get(2)).isEqualTo("saved");
        assertThat(heard.get(3)).contains("钟表").contains("鐘錶");
    }
}
