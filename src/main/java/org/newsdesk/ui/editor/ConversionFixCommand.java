package org.newsdesk.ui.editor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.Proofreader;

/**
 * "Fix all conversion errors": every conversion error in the transcript (乾事創業 → 幹事創業) is
 * replaced in one change, so one Ctrl+Z takes them all back. Each replacement has the length of
 * what it replaces, character by character, so styles and timestamps stay where they are.
 */
public final class ConversionFixCommand {

    private final TranscriptArea area;
    private final Proofreader reader;

    public ConversionFixCommand(TranscriptArea area, Proofreader reader) {
        this.area = area;
        this.reader = reader;
    }

    /** @return how many errors were fixed (0: nothing changed, no undo step) */
    public int fixAll() {
        List<Paragraph> model = TranscriptDocument.toModel(area.getParagraphs());
        List<Paragraph> numbered = new ArrayList<>(model.size());
        for (int i = 0; i < model.size(); i++) {
            numbered.add(model.get(i).withId(Integer.toString(i)));
        }
        Story story = new Story(UUID.randomUUID(), "", Status.DRAFT, Metadata.withHeadline(""), List.of(), numbered, 0, 0,
                Instant.EPOCH, Instant.EPOCH);
        List<Finding> findings = reader.conversionFindings(story);
        if (findings.isEmpty()) {
            return 0;
        }
        MultiChangeBuilder<ParStyle, String, TextStyle> change = area.createMultiChange(findings.size());
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding f = findings.get(i);
            int paragraph = Integer.parseInt(f.paragraphId());
            int start = area.getAbsolutePosition(paragraph, f.start());
            int end = area.getAbsolutePosition(paragraph, f.end());
            if (f.found().length() != f.suggestion().length()) {
                change.replaceText(start, end, f.suggestion());
                continue;
            }
            // one character at a time: each keeps the style of the run it is in
            for (int k = f.end() - f.start() - 1; k >= 0; k--) {
                if (f.found().charAt(k) != f.suggestion().charAt(k)) {
                    change.replaceText(start + k, start + k + 1, f.suggestion().substring(k, k + 1));
                }
            }
        }
        area.getUndoManager().preventMerge();
        change.commit();
        area.getUndoManager().preventMerge();
        return findings.size();
    }
}
