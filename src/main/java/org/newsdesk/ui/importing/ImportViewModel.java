package org.newsdesk.ui.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.PageFetcher;
import org.newsdesk.store.ImportSourceRepository;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * One import: reads the file or web page in the background (progress, cancel), then holds
 * the preview the editor adjusts (roles, merged labels, encoding) before the story is made,
 * and the story imported from the same source before, if there is one.
 */
public final class ImportViewModel {

    /** Finds the story imported earlier from the same source (runs on a background thread). */
    @FunctionalInterface
    public interface EarlierImports {
        Optional<ImportSourceRepository.Match> find(ImportOrigin origin);

        EarlierImports NONE = origin -> Optional.empty();
    }

    private record Read(ImportPreview preview, ImportOrigin origin, ImportSourceRepository.Match earlier) {
    }

    private final BackgroundTasks tasks;
    private final EarlierImports earlierImports;
    private final PageFetcher fetcher;
    private final StoryImporter importer = new StoryImporter();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportSourceRepository.Match> earlier = new SimpleObjectProperty<>();
    private ImportOrigin origin;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public ImportViewModel(BackgroundTasks tasks) {
        this(tasks, EarlierImports.NONE);
    }

    public ImportViewModel(BackgroundTasks tasks, EarlierImports earlierImports) {
        this(tasks, earlierImports, new PageFetcher());
    }

    public ImportViewModel(BackgroundTasks tasks, EarlierImports earlierImports, PageFetcher fetcher) {
        this.tasks = tasks;
        this.earlierImports = earlierImports;
        this.fetcher = fetcher;
    }

    /** Reads {@code file}; {@code onError} gets an ImportException (or what else went wrong). */
    public void read(Path file, Runnable onRead, Consumer<Throwable> onError) {
        start(() -> {
            ImportPreview p = importer.preview(file, ImportOptions.AUTO, reporter());
            return checked(p, ImportOrigin.ofFile(file, p));
        }, onRead, onError);
    }

    /** Reads the page at a web address (http or https) in the background. */
    public void readAddress(String address, Runnable onRead, Consumer<Throwable> onError) {
        start(() -> {
            ImportProgress progress = reporter();
            PageFetcher.Page page = fetcher.fetch(address, progress);
            return checked(importer.preview(page, ImportOptions.AUTO, progress), ImportOrigin.ofPage(page));
        }, onRead, onError);
    }

    private Read checked(ImportPreview p, ImportOrigin o) {
        return new Read(p, o, earlierImports.find(o).orElse(null));
    }

    /** Reads the same bytes again in another encoding (text files). */
    public void reDecode(Charset charset, Consumer<Throwable> onError) {
        ImportPreview current = preview.get();
        ImportOrigin sameSource = origin;
        ImportSourceRepository.Match sameEarlier = earlier.get();
        start(() -> new Read(current.reDecode(charset, reporter()), sameSource, sameEarlier), () -> { }, onError);
    }

    private void start(java.util.concurrent.Callable<Read> work, Runnable onRead, Consumer<Throwable> onError) {
        cancelled.set(false);
        busy.set(true);
        progress.set(-1);
        tasks.run(work, result -> {
            busy.set(false);
            origin = result.origin();
            earlier.set(result.earlier());
            preview.set(result.preview());
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

    /** True when the note's guess can be taken back ({@link #undo}). */
    public boolean canUndo(org.newsdesk.importer.ImportNote note) {
        ImportPreview p = preview.get();
        return note != null && p != null && p.canUndo(note);
    }

    /**
     * Takes back any guess the report lists (a role at once; a line guess by reading the
     * source again in the background, with progress and cancel like the first read).
     */
    public void undo(org.newsdesk.importer.ImportNote note, Consumer<Throwable> onError) {
        ImportPreview current = preview.get();
        if (note.kind() == org.newsdesk.importer.ImportNote.Kind.ROLE_INFERRED) {
            preview.set(current.undo(note, ImportProgress.NONE));
            return;
        }
        ImportOrigin sameSource = origin;
        ImportSourceRepository.Match sameEarlier = earlier.get();
        start(() -> new Read(current.undo(note, reporter()), sameSource, sameEarlier), () -> { }, onError);
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
                tasks.post(() -> progress.set(fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    /** Where the preview was read from; null until something was read. */
    public ImportOrigin origin() {
        return origin;
    }

    /** The story imported earlier from the same file, page or address; null when there is none. */
    public ObjectProperty<ImportSourceRepository.Match> earlierImportProperty() {
        return earlier;
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
