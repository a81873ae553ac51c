package org.newsdesk.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.ui.common.SameThreadTasks;

/** File → Import's model without a window: a text file read into a preview with its speakers. */
class ImportViewModelTest {

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<Throwable> errors = new ArrayList<>();

    @Test
    void aTranscriptFileBecomesAPreviewWithItsSpeakers() throws Exception {
        Path file = dir.resolve("ferries.txt");
        Files.writeString(file, "主持人：渡輪幾點開出？\n林文：清晨六點。\n碼頭上已經排滿了人。\n主持人：謝謝。\n",
                StandardCharsets.UTF_8);
        ImportViewModel importing = new ImportViewModel(tasks);
        boolean[] read = new boolean[1];

        importing.read(file, () -> read[0] = true, errors::add);

        assertThat(errors).isEmpty();
        assertThat(read[0]).isTrue();
        assertThat(importing.busyProperty().get()).isFalse();
        assertThat(importing.previewProperty().get().roster()).extracting(Speaker::label).contains("主持人", "林文");
        assertThat(importing.previewProperty().get().paragraphs()).extracting(Paragraph::text)
                .contains("清晨六點。", "碼頭上已經排滿了人。");
        assertThat(importing.origin()).isNotNull();
    }

    @Test
    void aFileThatIsNotThereIsReportedAndLeavesNoPreview() {
        ImportViewModel importing = new ImportViewModel(tasks);
        boolean[] read = new boolean[1];

        importing.read(dir.resolve("missing.txt"), () -> read[0] = true, errors::add);

        assertThat(read[0]).isFalse();
        assertThat(errors).hasSize(1);
        assertThat(importing.previewProperty().get()).isNull();
        assertThat(importing.busyProperty().get()).isFalse();
    }
}
