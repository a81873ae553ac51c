package org.newsdesk.ui.publishing;

import java.util.stream.Collectors;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.SyncErrorText;
import org.newsdesk.sync.SyncException;
import org.newsdesk.workflow.status.StatusChangeRefused;

/** Why a publish failed, in the editor's words: no targets, a full disk, or the checks it failed (an open conflict). */
final class PublishFailureText {

    private PublishFailureText() {
    }

    static String describe(Throwable error, Messages messages) {
        if (error instanceof SyncException se) {
            return SyncErrorText.describe(se, messages);
        }
        if (error instanceof ExportException ee) {
            return ExportErrorText.describe(ee, messages);
        }
        if (error instanceof StatusChangeRefused refused && !refused.failures().isEmpty()) {
            return refused.failures().stream().map(f -> messages.get(f.messageKey(), f.args().toArray()))
                    .collect(Collectors.joining("; "));
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
