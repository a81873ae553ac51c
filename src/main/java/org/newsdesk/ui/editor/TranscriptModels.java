package org.newsdesk.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Paragraph;

/**
 * The area's paragraphs as model paragraphs, as {@link TranscriptDocument#toModel} builds them,
 * reusing the model paragraph built last time for every area paragraph still in the document.
 * RichTextFX paragraphs are immutable and an edit replaces only the ones it touches, so after
 * typing a build makes new model paragraphs for those alone: the autosave, the status bar's
 * count and proofreading each build the whole transcript, often while typing goes on.
 * Any thread; builds take turns.
 */
final class TranscriptModels {

    private Map<org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle>, Paragraph> built = new IdentityHashMap<>();

    /** The model of {@code paragraphs} (one document's, which no one changes). */
    synchronized List<Paragraph> toModel(List<org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle>> paragraphs) {
        Map<org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle>, Paragraph> now =
                new IdentityHashMap<>(paragraphs.size());
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        Duration previousStart = null;
        for (var p : paragraphs) {
            Paragraph model = built.get(p);
            if (model == null) {
                model = TranscriptDocument.toModel(p);
            }
            now.put(p, model);
            Duration start = model.start();
            // the halves of a split paragraph share its start: only the first keeps it
            out.add(start != null && start.equals(previousStart) ? model.withStart(null) : model);
            previousStart = start;
        }
        built = now;
        return out;
    }
}
