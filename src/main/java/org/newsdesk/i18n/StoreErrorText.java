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
            case WRITE_FAILED -> messages.get("store.error.writeFailed", where);
            case READ_ONLY -> messages.get("store.error.readOnly", where);
            case FAILED -> messages.get("store.error.failed", e.getMessage());
        };
    }

    /**
     * Why a save failed and what to do, in plain words, saying where the typing is kept
     * meanwhile ({@code keptIn}, the typing journal).
     */
    public static String describeSave(Throwable error, java.nio.file.Path keptIn, Messages messages) {
        if (error instanceof StoreException se) {
            return switch (se.problem()) {
                case DISK_FULL -> messages.get("save.error.diskFull", keptIn,
                        se.path() == null ? keptIn.getParent() : se.path());
                case WRITE_FAILED, FAILED, FOLDER_NOT_WRITABLE -> messages.get("save.error.writeFailed", keptIn);
                default -> describe(se, messages);
            };
        }
        return messages.get("save.error.writeFailed", keptIn);
    }
}
