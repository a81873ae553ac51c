package org.newsdesk.newsroom;

import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerStory;

/**
 * The trash across the newsroom, merged like any field: a pulled story moved to the trash (or
 * out of it) since the base goes there here too; one moved here, and not there, stays as it is
 * here and is pushed. A trashed story keeps its content, so edits made meanwhile are not lost.
 */
final class NewsroomTrash {

    private NewsroomTrash() {
    }

    /**
     * After {@code pulled} was taken: follows the server's trash state when it changed since
     * the base; when only this workstation changed it, marks the story to be pushed.
     */
    static void follow(Store store, ServerStory pulled, boolean trashedAtBase, boolean trashedHere) {
        boolean there = pulled.trashed();
        if (there != trashedAtBase && there != trashedHere) {
            if (there) {
                store.stories().moveToTrash(pulled.id());
            } else {
                store.stories().restoreFromTrash(pulled.id());
            }
        } else if (trashedHere != there) {
            // ours to push: the base now says "not as here"; moving it changed the change number already
            store.newsroom().base(pulled.id()).ifPresent(b -> store.newsroom().recordPushed(
                    pulled.id(), b.serverVersion(), b.snapshot(), -1));
        }
    }
}
