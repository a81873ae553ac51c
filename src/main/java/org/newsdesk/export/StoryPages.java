package org.newsdesk.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibraryRepository;
import org.newsdesk.store.SignOffRepository;
import org.newsdesk.store.Store;
import org.newsdesk.workflow.signoff.CorrectionNote;

/**
 * The one path from a story to its page, shared by the command line's export, the outbox,
 * the Preview tab and File → Export: here a series part's previous and next parts are looked
 * up in the library, so every page of the part carries the same navigation links. Reads the
 * store: call it off the FX thread.
 */
public final class StoryPages {

    private final StoryExporter exporter;
    private final LibraryRepository library;
    private final SignOffRepository signOff;

    public StoryPages(StoryExporter exporter, LibraryRepository library) {
        this(exporter, library, null);
    }

    /** Pages that carry the published corrections {@code signOff} keeps (none when it is {@code null}). */
    public StoryPages(StoryExporter exporter, LibraryRepository library, SignOffRepository signOff) {
        this.exporter = exporter;
        this.library = library;
        this.signOff = signOff;
    }

    /** The data folder's templates and conversion lists, and the store's library and corrections. */
    public static StoryPages forStore(Store store) {
        return new StoryPages(StoryExporter.forDataFolder(store.folder()), store.library(), store.workflow().signOff());
    }

    /**
     * {@code options} with the story's series neighbours as the library knows them now, and the
     * corrections published with the story's revision or an earlier one (a revision's page never
     * shows a later correction, so its bytes stay the same).
     */
    public ExportOptions prepare(Story story, ExportOptions options) {
        if (signOff != null) {
            options = options.withCorrections(signOff.corrections(story.id(), story.revision()));
        }
        Series series = story.metadata().series();
        if (series == null || series.id().isEmpty()) {
            return options.withNeighbours(SeriesNeighbours.NONE);
        }
        return options.withNeighbours(neighbours(series, library.seriesParts(series.id())));
    }

    /** The bundle of the story's page, series links included. */
    public ExportBundle bundle(Story story, ExportOptions options) {
        return exporter.bundle(story, prepare(story, options));
    }

    /**
     * As above with every revision named by {@code numbers}: the story's own (manifest, bundle
     * name) and those of the corrections on its page. The corrections are still chosen by the
     * story's own revision, so the page is the one {@link #bundle(Story, ExportOptions)} makes.
     */
    public ExportBundle bundle(Story story, ExportOptions options, IntUnaryOperator numbers) {
        ExportOptions prepared = prepare(story, options);
        List<CorrectionNote> renumbered = prepared.corrections().stream()
                .map(c -> new CorrectionNote(numbers.applyAsInt(c.revision()), c.note(), c.by(), c.at())).toList();
        return exporter.bundle(story.withRevision(numbers.applyAsInt(story.revision())),
                prepared.withCorrections(renumbered));
    }

    /** As {@link StoryExporter#export}, series links included. */
    public ExportResult export(Story story, ExportOptions options, Path outDir, boolean zip) {
        return exporter.export(story, prepare(story, options), outDir, zip);
    }

    /** The .docx exporter for the guest's office's review (the same script converter as the pages). */
    public DocxExporter docx() {
        return exporter.docx();
    }

    /** The first part numbered one below and one above {@code series}' part among {@code parts}. */
    static SeriesNeighbours neighbours(Series series, List<LibraryEntry> parts) {
        String previous = null;
        String next = null;
        for (LibraryEntry e : parts) {
            StorySummary part = e.summary();
            Integer number = part.part();
            if (number != null && number == series.part() - 1 && previous == null) {
                previous = part.slug();
            } else if (number != null && number == series.part() + 1 && next == null) {
                next = part.slug();
            }
        }
        return new SeriesNeighbours(previous, next);
    }
}
