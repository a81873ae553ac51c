package org.newsdesk.export;

import org.newsdesk.i18n.Messages;

/** Says what an export problem means and what to do, in the user's language. */
public final class ExportErrorText {

    private ExportErrorText() {
    }

    public static String describe(ExportException e, Messages messages) {
        String where = e.path() == null ? "" : e.path().toString();
        return switch (e.problem()) {
            case UNSAFE_SLUG -> messages.get("export.error.unsafeSlug");
            case FOLDER_NOT_WRITABLE -> messages.get("export.error.folder", where);
            case DISK_FULL -> messages.get("export.error.diskFull", where);
            case TARGET_EXISTS -> messages.get("export.error.targetExists", where);
            case TEMPLATE_BROKEN -> messages.get("export.error.template", e.getMessage());
        };
    }
}
