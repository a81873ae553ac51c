package org.newsdesk.export.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsdesk.export.DocxTranscript;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.workflow.revisions.ParagraphRestore;

/**
 * What accepting suggestions does to the transcript as it is now. A suggestion applies only
 * where the transcript still reads as the revision did at that place; a paragraph changed since
 * makes its suggestion a conflict, which the editor resolves by hand.
 */
public final class SuggestionEdits {

    private SuggestionEdits() {
    }

    /** The edit that accepts {@code s} on {@code current}, or empty when the transcript no longer fits it. */
    public static Optional<ParagraphRestore.Edit> accept(List<Paragraph> current, Suggestion s) {
        return switch (s.kind()) {
            case CHANGE -> find(current, s).map(i -> new ParagraphRestore.Edit(i, 1,
                    List.of(SpanEdit.withText(current.get(i), s.after()))));
            case DELETE -> find(current, s).map(i -> new ParagraphRestore.Edit(i, 1, List.of()));
            case INSERT -> anchor(current, s.paragraphId()).map(i -> new ParagraphRestore.Edit(i, 0,
                    List.of(new Paragraph(Paragraph.newId(), s.speakerKey(), List.of(Span.plain(s.after()))))));
        };
    }

    /** The transcript with every suggestion it still fits accepted, and the ones that were. */
    public record All(List<Paragraph> result, List<Suggestion> accepted) {
    }

    /** Accepts {@code suggestions} one after another (added paragraphs in reverse, so they keep their order). */
    public static All acceptAll(List<Paragraph> current, List<Suggestion> suggestions) {
        List<Paragraph> result = new ArrayList<>(current);
        List<Suggestion> accepted = new ArrayList<>();
        for (int k = suggestions.size() - 1; k >= 0; k--) {
            Suggestion s = suggestions.get(k);
            Optional<ParagraphRestore.Edit> edit = accept(result, s);
            if (edit.isPresent()) {
                result = ParagraphRestore.apply(result, edit.get());
                accepted.add(0, s);
            }
        }
        return new All(List.copyOf(result), List.copyOf(accepted));
    }

    /** Where the suggestion's paragraph is, if it still reads as the revision did. */
    private static Optional<Integer> find(List<Paragraph> current, Suggestion s) {
        for (int i = 0; i < current.size(); i++) {
            Paragraph p = current.get(i);
            if (p.id().equals(s.paragraphId())) {
                return DocxTranscript.visibleText(p).strip().equals(s.before().strip())
                        ? Optional.of(i) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<Integer> anchor(List<Paragraph> current, String afterId) {
        if (afterId == null) {
            return Optional.of(0);
        }
        for (int i = 0; i < current.size(); i++) {
            if (current.get(i).id().equals(afterId)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }
}
