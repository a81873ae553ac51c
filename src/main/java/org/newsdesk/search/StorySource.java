package org.newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.model.Story;

/**
 * Where the index gets stories from (the store, in the app: {@link StoreStories}).
 *
 * <p>A source that keeps a change sequence ({@link #changeSequence()} of 0 or more) lets the
 * index confirm it is current with one number and catch up by reading only what changed; one
 * that does not (the defaults) is compared story by story through {@link #versions()}.
 */
public interface StorySource {

    /** A story written after some point of the change sequence. */
    record Change(UUID id, boolean searchable, long sequence) {
    }

    /** Every story that should be searchable, with its current version. */
    Map<UUID, Long> versions();

    Optional<Story> load(UUID id);

    /** The highest change number any story carries now; -1 when the source keeps no sequence. */
    default long changeSequence() {
        return -1;
    }

    /** The stories written after {@code sequence}, oldest change first (only with a sequence). */
    default List<Change> changesSince(long sequence) {
        throw new UnsupportedOperationException("this source keeps no change sequence");
    }

    /** How many stories are searchable. */
    default int count() {
        return versions().size();
    }

    /**
     * Hands every searchable story whose id comes after {@code afterId} ({@code null}: all) to
     * {@code each}, in the source's id order, holding only a few in memory at a time.
     */
    default void forEachStory(UUID afterId, Consumer<Story> each) {
        List<String> ids = new ArrayList<>();
        versions().keySet().forEach(id -> ids.add(id.toString()));
        ids.sort(null);
        String after = afterId == null ? null : afterId.toString();
        for (String id : ids) {
            if (after == null || id.compareTo(after) > 0) {
                load(UUID.fromString(id)).ifPresent(each);
            }
        }
    }
}
