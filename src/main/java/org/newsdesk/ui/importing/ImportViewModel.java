package org.newsdesk.ui.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * One import: reads the file in the background (progress, cancel), then holds the
 * preview the editor adjusts (roles, merged labels, encoding) before the story is made.
 */
public final class ImportViewModel {

    private final BackgroundTasks tasks;
    private final StoryImporter importer = new StoryImporter();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    /** Reads {@code file}; {@code onError} gets an ImportException (or what else went wrong). */
    public void read(Path file, Runnable onRead, Consumer<Throwable> onError) {
        start(() -> importer.preview(file, ImportOptions.AUTO, reporter()), onRead, onError);
    }

    /** Reads the same bytes again in another encoding (text files). */
    public void reDecode(Charset charset, Consumer<Throwable> onError) {
        ImportPreview current = preview.get();
        start(() -> current.reDecode(charset, reporter()), () -> { }, onError);
    }

    private void start(java.util.concurrent.Callable<ImportPreview> work, Runnable onRead, Consumer<Throwable> onError) {
        cancelled.set(false);
        busy.set(true);
        progress.set(-1);
        tasks.run(work, result -> {
            busy.set(false);
            preview.set(result);
            onRead.run();
        }, e -> {
            busy.set(false);
            onError.accept(e);
        });
    }

    public void cancel() {
        cancelled.set(true);
    }

    public void changeRole(String speakerKey, SpeakerRole role) {
        preview.set(preview.get().withSpeakerRole(speakerKey, role));
    }

    /** Takes back a role the import inferred from the conversation. */
    public void undoRoleGuess(org.newsdesk.importer.ImportNote note) {
        preview.set(preview.get().undoRoleGuess(note));
    }

    /** Makes {@code merged} the same person as {@code kept} (李寶純 and 李主任). */
    public void merge(String keptKey, String mergedKey) {
        preview.set(preview.get().mergeSpeakers(keptKey, mergedKey));
    }

    private ImportProgress reporter() {
        return new ImportProgress() {
            @Override
            public void update(long done, long total) {
                double fraction = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                Platform.runLater(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    public ObjectProperty<ImportPreview> previewProperty() {
        return preview;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
