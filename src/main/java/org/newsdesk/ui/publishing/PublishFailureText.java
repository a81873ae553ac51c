package org.newsdesk.ui.publishing;

import java.util.stream.Collectors;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.SyncErrorText;
import org.newsdesk.sync.SyncException;
import org.newsdesk.workflow.metadata.MetadataRejected;
import org.newsdesk.workflow.metadata.Problem;
import org.newsdesk.workflow.status.StatusChangeRefused;

/**
 * Why a publish failed, in the editor's words: no targets, a full disk, the checks it failed (an
 * open conflict), a refused sign-off; anything unforeseen by its kind, never in English.
 */
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
        if (error instanceof MetadataRejected rejected && !rejected.problems().isEmpty()) {
            return rejected.problems().stream().map(p -> p.describe(messages::get)).collect(Collectors.joining("; "));
        }
        if (error instanceof Problem problem) {
            return problem.describe(messages::get);
        }
        // anything else is a fault of Newsdesk: its English words stay in the log
        return unexpected(error, messages);
    }

    /** A failure nobody foresaw, named by its kind only, in the editor's language. */
    static String unexpected(Throwable error, Messages messages) {
        return messages.get("suite14.publish.unexpected", error.getClass().getSimpleName());
    }
}
