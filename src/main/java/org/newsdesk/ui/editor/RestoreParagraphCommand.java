package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.newsdesk.model.Paragraph;
import org.newsdesk.workflow.revisions.ParagraphRestore;

/**
 * Puts a paragraph of an older revision back into the transcript as one change of the area,
 * so one undo takes it back and the autosave keeps it like typing.
 */
public final class RestoreParagraphCommand {

    private final TranscriptArea area;
    private final TranscriptCommands commands;

    public RestoreParagraphCommand(TranscriptArea area, TranscriptCommands commands) {
        this.area = area;
        this.commands = commands;
    }

    /**
     * Applies {@code edit} when the transcript still holds {@code expected} (the current
     * paragraphs the edit was worked out on, ids aside).
     *
     * @return false, changing nothing, when the transcript has changed since
     */
    public boolean apply(ParagraphRestore.Edit edit, List<Paragraph> expected) {
        List<Paragraph> now = TranscriptDocument.toModel(area.getParagraphs());
        if (!sameContent(now, expected) || edit.from() + edit.remove() > now.size()) {
            return false;
        }
        int count = now.size();
        int from = edit.from();
        int end = from + edit.remove();
        int start;
        int stop;
        List<Paragraph> insert = new ArrayList<>(edit.insert());
        ParStyleChoice pad;
        if (edit.remove() > 0 && !insert.isEmpty()) {
            start = area.getAbsolutePosition(from, 0);
            stop = area.getAbsolutePosition(end - 1, area.getParagraphLength(end - 1));
            pad = ParStyleChoice.NONE;
        } else if (insert.isEmpty()) {
            if (end < count) {
                start = area.getAbsolutePosition(from, 0);
                stop = area.getAbsolutePosition(end, 0);
            } else if (from > 0) {
                start = area.getAbsolutePosition(from - 1, area.getParagraphLength(from - 1));
                stop = area.getLength();
            } else {
                start = 0;
                stop = area.getLength();
                insert.add(new Paragraph("", null, List.of()));
            }
            pad = ParStyleChoice.NONE;
        } else if (from < count) {
            start = area.getAbsolutePosition(from, 0);
            stop = start;
            pad = ParStyleChoice.AFTER;
        } else {
            start = area.getLength();
            stop = start;
            pad = ParStyleChoice.BEFORE;
        }
        int caret = start;
        area.getUndoManager().preventMerge();
        if (!insert.isEmpty()) {
            area.replace(start, stop, document(insert, pad));
        } else {
            area.deleteText(start, stop);
        }
        area.getUndoManager().preventMerge();
        area.moveTo(Math.min(pad == ParStyleChoice.BEFORE ? caret + 1 : caret, area.getLength()));
        area.requestFollowCaret();
        commands.refreshAllGutters();
        return true;
    }

    /** Where an empty paragraph goes so the inserted ones stay paragraphs of their own. */
    private enum ParStyleChoice { NONE, BEFORE, AFTER }

    private static ReadOnlyStyledDocument<ParStyle, String, TextStyle> document(List<Paragraph> paragraphs,
                                                                             ParStyleChoice pad) {
        // the inserted document's first and last paragraphs join the text around the insertion
        // point: an empty paragraph there keeps the inserted ones apart from their neighbour
        List<Paragraph> all = new ArrayList<>(paragraphs);
        if (pad == ParStyleChoice.AFTER) {
            all.add(new Paragraph("", null, List.of()));
        } else if (pad == ParStyleChoice.BEFORE) {
            all.add(0, new Paragraph("", null, List.of()));
        }
        return TranscriptDocument.toDocument(all);
    }

    private static boolean sameContent(List<Paragraph> a, List<Paragraph> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).sameContentAs(b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
