package org.newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Story;

/**
 * Brings an index up to date with the store: stories whose version differs are indexed
 * again, stories that are gone (deleted, in the trash) are removed. An outdated index is
 * rebuilt whole. Used when the app starts and by the command line before a search.
 */
public final class IndexSync {

    /** What a refresh did. */
    public record Outcome(int updated, int removed, boolean rebuilt) {
    }

    private IndexSync() {
    }

    public static Outcome refresh(SearchIndex index, StorySource source) {
        Map<UUID, Long> wanted = source.versions();
        if (index.outdated()) {
            List<Story> all = new ArrayList<>(wanted.size());
            for (UUID id : wanted.keySet()) {
                source.load(id).ifPresent(all::add);
            }
            index.rebuild(all);
            return new Outcome(all.size(), 0, true);
        }
        Map<UUID, Long> indexed = index.versions();
        int updated = 0;
        int removed = 0;
        for (Map.Entry<UUID, Long> e : wanted.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                Optional<Story> story = source.load(e.getKey());
                if (story.isPresent()) {
                    index.update(story.get());
                    updated++;
                }
            }
        }
        for (UUID id : indexed.keySet()) {
            if (!wanted.containsKey(id)) {
                index.delete(id);
                removed++;
            }
        }
        index.commit();
        return new Outcome(updated, removed, false);
    }

    /** Rebuilds the whole index from the source (the "rebuild index" command). */
    public static Outcome rebuild(SearchIndex index, StorySource source) {
        List<Story> all = new ArrayList<>();
        for (UUID id : source.versions().keySet()) {
            source.load(id).ifPresent(all::add);
        }
        index.rebuild(all);
        return new Outcome(all.size(), 0, true);
    }
}
