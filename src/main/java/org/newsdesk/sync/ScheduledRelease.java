package org.newsdesk.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.workflow.status.StatusChangeRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a released scheduled publish does to its story: an Approved story (it stayed Approved
 * while scheduled) becomes Published now, recorded as moved by the editor who scheduled it. A
 * story already Published (a scheduled correction) keeps its status. When the move is refused
 * (the story was sent back or withdrawn meanwhile, or changed and fails its checks), the status
 * is left as the desk set it and the reason logged; the bundle the editor confirmed still goes out.
 */
public final class ScheduledRelease implements Consumer<List<OutboxEntry>> {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRelease.class);

    private final Store store;

    public ScheduledRelease(Store store) {
        this.store = store;
    }

    @Override
    public void accept(List<OutboxEntry> released) {
        Map<UUID, OutboxEntry> byStory = new LinkedHashMap<>();
        released.forEach(e -> byStory.putIfAbsent(e.storyId(), e));
        byStory.forEach((id, entry) -> publish(id, store.outbox().queuedBy(entry.id()).orElse("")));
    }

    private void publish(UUID id, String by) {
        try {
            Story story = store.stories().get(id);
            if (story.status() == Status.APPROVED) {
                store.workflow().setStatus(id, story.version(), Status.PUBLISHED, by);
            }
        } catch (StatusChangeRefused | StoreException e) {
            LOG.warn("released story {} stays as it is: {}", id, e.getMessage());
        }
    }
}
