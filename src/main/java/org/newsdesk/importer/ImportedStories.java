package org.newsdesk.importer;

import java.util.Optional;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.store.ImportSourceRepository;
import org.newsdesk.store.SeriesInfo;
import org.newsdesk.store.Store;

/**
 * Turns a checked preview into a story the way every caller should: a part of a series whose
 * name the library knows already (in either script) joins that series, and the source is
 * recorded so that importing it again is noticed ({@link #existing}).
 */
public final class ImportedStories {

    private ImportedStories() {
    }

    /** The story in the library that was imported from the same bytes or address, if any. */
    public static Optional<ImportSourceRepository.Match> existing(Store store, ImportOrigin origin) {
        return store.imports().find(origin.contentHash(), origin.address());
    }

    /** Creates the story (one transaction) and records where it came from. */
    public static Story create(Store store, ImportPreview preview, ImportOrigin origin) {
        ImportPreview joined = preview.withMetadata(joinSeries(preview.metadata(), store));
        Story story = joined.commit(store.stories());
        if (origin != null) {
            store.imports().record(story.id(), origin.contentHash(), origin.address());
        }
        return story;
    }

    /** The metadata with its series replaced by the library's series of the same name, when there is one. */
    static Metadata joinSeries(Metadata m, Store store) {
        Series s = m.series();
        if (s == null || s.name() == null || s.name().isBlank()) {
            return m;
        }
        String folded = ScriptFold.fold(s.name());
        for (SeriesInfo known : store.library().series()) {
            if (!known.id().equals(s.id()) && ScriptFold.fold(known.name()).equals(folded)) {
                Series joined = new Series(known.id(), known.name(), s.part(), s.total() != null ? s.total()
                        : known.partsTotal());
                return new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(),
                        m.editor(), m.publishTime(), m.timeZone(), m.channels(), m.keywords(), joined,
                        m.internalNote(), m.embargoUntil());
            }
        }
        return m;
    }
}
