package org.newsdesk.export;

import org.newsdesk.i18n.Messages;

/** What an export did, in one line for the status bar or the command line. */
public final class ExportSummary {

    private ExportSummary() {
    }

    /** "Exported …", then the conversion errors corrected in the Traditional page, when there were any. */
    public static String text(ExportResult result, Messages messages) {
        String done = messages.get("notice.exported", result.zip() != null ? result.zip() : result.folder());
        String fixes = fixes(result.bundle(), messages);
        return fixes.isEmpty() ? done : done + " — " + fixes;
    }

    /** The corrected conversion errors, or empty when none were corrected. */
    public static String fixes(ExportBundle bundle, Messages messages) {
        return bundle.conversionFixes().isEmpty() ? ""
                : messages.get("export.conversionFixed", String.join(", ", bundle.conversionFixes()));
    }
}
