package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

/**
 * The transcript paragraphs a review document carries, in order: what {@link DocxExporter}
 * writes and what reading the document back is matched against. Editor's notes go to the
 * document as comments and timestamps are left out, so a paragraph's text is what the guest's
 * office sees and edits.
 */
public final class DocxTranscript {

    /**
     * @param paragraphId the story paragraph
     * @param speakerKey  its speaker, null for narration
     * @param label       the label at a turn's start as written (主持人：), else empty
     * @param text        the visible text, label excluded
     * @param notes       the editor's notes in it, in order
     */
    public record Entry(String paragraphId, String speakerKey, String label, String text, List<String> notes) {
    }

    private DocxTranscript() {
    }

    public static List<Entry> of(Story story, LabelStyle labels) {
        List<Entry> out = new ArrayList<>(story.paragraphs().size());
        String previous = null;
        for (Paragraph p : story.paragraphs()) {
            String text = visibleText(p);
            if (text.isBlank()) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            for (Span s : p.spans()) {
                if (s.has(SpanStyle.NOTE) && !s.text().isBlank()) {
                    notes.add(s.text().strip());
                }
            }
            String label = "";
            if (!p.isNarration() && !p.speakerKey().equals(previous)) {
                label = labels.format(labelName(story, p.speakerKey()));
            }
            previous = p.isNarration() ? null : p.speakerKey();
            out.add(new Entry(p.id(), p.speakerKey(), label, text, List.copyOf(notes)));
        }
        return out;
    }

    /** The text a reader of the page sees: notes and timestamps left out. */
    public static String visibleText(Paragraph p) {
        StringBuilder b = new StringBuilder();
        for (Span s : p.spans()) {
            if (!s.has(SpanStyle.NOTE) && !s.has(SpanStyle.TIMESTAMP)) {
                b.append(s.text());
            }
        }
        return b.toString();
    }

    /** Every label a turn of this story can start with, as {@code labels} writes it, with its speaker's key. */
    public static List<String[]> labelsByKey(Story story, LabelStyle labels) {
        List<String[]> out = new ArrayList<>();
        for (Speaker s : story.speakers()) {
            out.add(new String[] {labels.format(labelName(story, s.key())), s.key()});
        }
        return out;
    }

    private static String labelName(Story story, String key) {
        Speaker speaker = story.speaker(key);
        String name = speaker == null || speaker.label().isBlank() ? key : speaker.label();
        if (speaker != null && speaker.role() == SpeakerRole.AUDIENCE) {
            name = PageRenderer.netizenLabel(name, false);
        }
        return name;
    }
}
