package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;

/** Converts between the model's paragraphs and the transcript area's document. */
public final class TranscriptDocument {

    private TranscriptDocument() {
    }

    /** One document for the whole transcript, so a story loads with a single replace. */
    public static ReadOnlyStyledDocument<ParStyle, String, TextStyle> toDocument(List<Paragraph> paragraphs) {
        ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), ParStyle.NARRATION, Math.max(1, paragraphs.size()));
        if (paragraphs.isEmpty()) {
            builder.addParagraph("", TextStyle.PLAIN, ParStyle.NARRATION);
        }
        for (Paragraph p : paragraphs) {
            List<StyledSegment<String, TextStyle>> segments = new ArrayList<>(Math.max(1, p.spans().size()));
            for (Span span : p.spans()) {
                segments.add(new StyledSegment<>(span.text(), new TextStyle(span.styles(), span.time())));
            }
            if (segments.isEmpty()) {
                segments.add(new StyledSegment<>("", TextStyle.PLAIN));
            }
            builder.addParagraph(segments, new ParStyle(p.speakerKey(), p.start()));
        }
        return builder.build();
    }

    /**
     * The area's paragraphs as model paragraphs, without ids (the saver pairs them with
     * the saved ones). A trailing empty paragraph is kept: it is where the caret is.
     * Splitting a paragraph (Enter) gives both halves its start; only the first keeps it.
     */
    public static List<Paragraph> toModel(List<org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle>> paragraphs) {
        List<Paragraph> out = new ArrayList<>(paragraphs.size());
        java.time.Duration previousStart = null;
        for (var p : paragraphs) {
            Paragraph model = toModel(p);
            java.time.Duration start = model.start();
            out.add(start != null && start.equals(previousStart) ? model.withStart(null) : model);
            previousStart = start;
        }
        return out;
    }

    /** One area paragraph as a model paragraph without id, with its own start (see {@link #toModel(List)}). */
    static Paragraph toModel(org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle> p) {
        List<StyledSegment<String, TextStyle>> segments = p.getStyledSegments();
        List<Span> spans = new ArrayList<>(segments.size());
        for (StyledSegment<String, TextStyle> seg : segments) {
            spans.add(new Span(seg.getSegment(), seg.getStyle().styles(), seg.getStyle().time()));
        }
        return new Paragraph("", p.getParagraphStyle().speakerKey(), spans, p.getParagraphStyle().start());
    }

    /** Each paragraph's known start in the recording (see {@link Paragraph#knownStart()}), null when unknown. */
    public static List<java.time.Duration> knownStarts(List<org.fxmisc.richtext.model.Paragraph<ParStyle, String, TextStyle>> paragraphs) {
        List<java.time.Duration> out = new ArrayList<>(paragraphs.size());
        for (Paragraph p : toModel(paragraphs)) {
            out.add(p.knownStart());
        }
        return out;
    }
}
