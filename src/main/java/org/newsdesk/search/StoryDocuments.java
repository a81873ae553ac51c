package org.newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;

/** How a story becomes one Lucene document. */
final class StoryDocuments {

    static final String ID = "id";
    static final String VERSION = "version";

    private StoryDocuments() {
    }

    static Document of(Story story) {
        Metadata m = story.metadata();
        Document doc = new Document();
        doc.add(new StringField(ID, story.id().toString(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(story.id().toString())));
        doc.add(new StoredField(VERSION, story.version()));
        doc.add(new NumericDocValuesField(VERSION, story.version()));
        add(doc, SearchField.HEADLINE, m.headline());
        add(doc, SearchField.METADATA, metadataText(m));
        add(doc, SearchField.TRANSCRIPT, transcriptText(story.paragraphs()));
        return doc;
    }

    /** The text is stored once, in the bigram field; the unigram field only indexes it. */
    private static void add(Document doc, SearchField field, String text) {
        doc.add(new TextField(field.bigramField, text, Field.Store.YES));
        doc.add(new TextField(field.unigramField, text, Field.Store.NO));
    }

    /** One line per value; the internal note is left out (never exported, not for finding). */
    static String metadataText(Metadata m) {
        List<String> lines = new ArrayList<>();
        addLine(lines, m.kicker());
        addLine(lines, m.subtitle());
        addLine(lines, m.summary().replace('\n', ' '));
        addLine(lines, m.source());
        addLine(lines, String.join(" ", m.authors()));
        addLine(lines, m.editor());
        addLine(lines, String.join(" ", m.keywords()));
        addLine(lines, String.join(" ", m.channels()));
        if (m.series() != null) {
            addLine(lines, m.series().name());
        }
        return String.join("\n", lines);
    }

    static String transcriptText(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            // a paragraph never holds a line break of its own, so lines number the paragraphs
            sb.append(p.text().replace('\n', ' '));
        }
        return sb.toString();
    }

    private static void addLine(List<String> lines, String value) {
        if (!value.isBlank()) {
            lines.add(value);
        }
    }
}
