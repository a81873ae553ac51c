package org.newsdesk.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoryStream;

/** The store's library as the search index sees it: its change sequence and a paged stream. */
public final class StoreStories implements StorySource {

    private final Store store;

    public StoreStories(Store store) {
        this.store = store;
    }

    @Override
    public Map<UUID, Long> versions() {
        return store.library().versions();
    }

    @Override
    public Optional<Story> load(UUID id) {
        return store.stories().find(id).filter(s -> store.stories().inLibrary(id));
    }

    @Override
    public long changeSequence() {
        return store.library().changeSequence();
    }

    @Override
    public List<Change> changesSince(long sequence) {
        return store.library().changedSince(sequence).stream()
                .map(c -> new Change(c.id(), c.inLibrary(), c.changeSequence())).toList();
    }

    @Override
    public int count() {
        return store.library().count();
    }

    @Override
    public void forEachStory(UUID afterId, Consumer<Story> each) {
        store.storyStream().forEachInLibrary(afterId, StoryStream.DEFAULT_PAGE, each);
    }
}
