package org.newsdesk.app;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * A stack trace without the exceptions' messages: messages can quote what the editor
 * typed, a name or a path, and neither the log file nor a crash report may carry those.
 * Class names and frames are enough to find the fault.
 */
final class StackTraceText {

    private StackTraceText() {
    }

    static String of(Throwable error) {
        StringBuilder out = new StringBuilder();
        append(out, error, "", Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void append(StringBuilder out, Throwable error, String prefix, Set<Throwable> seen) {
        if (!seen.add(error)) {
            out.append(prefix).append("[circular reference: ").append(error.getClass().getName()).append("]\n");
            return;
        }
        out.append(prefix).append(error.getClass().getName()).append('\n');
        for (StackTraceElement frame : error.getStackTrace()) {
            out.append("\tat ").append(frame).append('\n');
        }
        for (Throwable suppressed : error.getSuppressed()) {
            append(out, suppressed, "Suppressed: ", seen);
        }
        if (error.getCause() != null) {
            append(out, error.getCause(), "Caused by: ", seen);
        }
    }
}
