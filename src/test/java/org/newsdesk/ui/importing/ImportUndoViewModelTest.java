package org.newsdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.importer.ImportNote;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.model.Paragraph;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog's view model takes back a line guess in the background and shows the result. */
@ExtendWith(ApplicationExtension.class)
class ImportUndoViewModelTest {

    @TempDir
    Path dir;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void aCaptionTakenBackGoesBackIntoTheTurnAndItsNoteLeavesTheReport(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("公園訪談.txt"), "城市綠地怎樣規劃\n主持人：請您介紹一下新建的公園。\n"
                + "嘉賓：好的，我們先說綠地。\n圖為新建的口袋公園。王小明 攝\n嘉賓：還有一點要補充。\n");
        ImportViewModel vm = new ImportViewModel(tasks);
        List<Throwable> errors = new ArrayList<>();
        robot.interact(() -> vm.read(file, () -> { }, errors::add));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.previewProperty().get() != null || !errors.isEmpty());
        assertThat(errors).isEmpty();
        ImportPreview before = vm.previewProperty().get();
        ImportNote caption = before.notes().stream().filter(n -> n.kind() == ImportNote.Kind.CAPTION_AS_NARRATION)
                .findFirst().orElseThrow();
        ImportNote headline = before.notes().stream().filter(n -> n.kind() == ImportNote.Kind.HEADLINE_CHOSEN)
                .findFirst().orElseThrow();
        assertThat(vm.canUndo(caption)).isTrue();
        assertThat(vm.canUndo(new ImportNote(ImportNote.Kind.ENCODING_GUESSED, 1))).isFalse();

        robot.interact(() -> vm.undo(caption, errors::add));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.previewProperty().get() != before || !errors.isEmpty());
        assertThat(errors).isEmpty();
        ImportPreview after = vm.previewProperty().get();
        assertThat(after.notes()).doesNotContain(caption).contains(headline);
        assertThat(after.paragraphs()).filteredOn(p -> p.text().startsWith("圖為")).extracting(Paragraph::speakerKey)
                .containsExactly("guest1");
        assertThat(vm.origin()).as("the source stays the one read").isNotNull();

        robot.interact(() -> vm.undo(headline, errors::add));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.previewProperty().get() != after || !errors.isEmpty());
        assertThat(errors).isEmpty();
        assertThat(vm.previewProperty().get().metadata().headline()).isEqualTo("公園訪談");
        assertThat(vm.previewProperty().get().notes()).noneMatch(n -> n.kind() == ImportNote.Kind.CAPTION_AS_NARRATION
                || n.kind() == ImportNote.Kind.HEADLINE_CHOSEN);
    }
}
