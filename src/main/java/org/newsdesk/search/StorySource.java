package org.newsdesk.search;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Story;

/** Where the index gets stories from (the store, in the app: library().versions() and stories().find()). */
public interface StorySource {

    /** Every story that should be searchable, with its current version. */
    Map<UUID, Long> versions();

    Optional<Story> load(UUID id);
}
