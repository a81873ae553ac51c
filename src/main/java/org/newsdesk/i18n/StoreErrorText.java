package org.newsdesk.i18n;

import org.newsdesk.store.StoreException;

/** Says what a store problem means and what to do, in the user's language. */
public final class StoreErrorText {

    private StoreErrorText() {
    }

    public static String describe(StoreException e, Messages messages) {
        String where = e.path() == null ? "" : e.path().toString();
        return switch (e.problem()) {
            case FOLDER_NOT_WRITABLE -> messages.get("store.error.folder", where);
            case DISK_FULL -> messages.get("startup.error.diskFull", where);
            case LOCKED -> messages.get("store.error.locked", where);
            case TOO_NEW -> messages.get("store.error.tooNew", where);
            case CORRUPT -> messages.get("store.error.corrupt", where);
            case STALE -> messages.get("store.error.stale");
            case NOT_FOUND -> messages.get("store.error.notFound");
            case INVALID -> messages.get("store.error.invalid");
            case FAILED -> messages.get("store.error.failed", e.getMessage());
        };
    }
}
