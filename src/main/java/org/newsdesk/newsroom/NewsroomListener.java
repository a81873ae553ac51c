package org.newsdesk.newsroom;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.store.server.ServerDesk;

/** What a {@link NewsroomSession}'s listener hears, on the session's thread. */
public interface NewsroomListener {
    void status(NewsroomSession.Status status);

    /** Stories written here by a pull (the library shows them). */
    default void pulled(List<UUID> stories) {
    }

    /** The story open here has news on the server. */
    default void openStoryHasNews(UUID story) {
    }

    /** Who has which story open elsewhere, and who stories are handed to. */
    default void desk(Map<UUID, List<ServerDesk.Presence>> open, Map<UUID, String> assignees) {
    }
}
