package org.newsdesk.i18n;

import java.util.HashMap;
import java.util.Map;
import org.newsdesk.proof.Finding;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;

/** A finding in the user's language: its message and where it is. */
public final class ProofText {

    private ProofText() {
    }

    public static String message(Finding f, Messages messages) {
        return messages.get(f.messageKey(), f.args().toArray());
    }

    public static String category(Finding f, Messages messages) {
        return messages.get(f.category().labelKey());
    }

    /** Paragraph numbers (from 1) by id, for {@link #where}. */
    public static Map<String, Integer> paragraphNumbers(Story story) {
        Map<String, Integer> out = new HashMap<>();
        for (Paragraph p : story.paragraphs()) {
            out.put(p.id(), out.size() + 1);
        }
        return out;
    }

    public static String where(Finding f, Map<String, Integer> numbers, Messages messages) {
        if (f.field() != null) {
            return messages.get("proof.field." + f.field().id());
        }
        return messages.get("proof.where.paragraph", numbers.getOrDefault(f.paragraphId(), 0));
    }
}
