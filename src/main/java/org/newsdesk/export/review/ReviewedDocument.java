package org.newsdesk.export.review;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.newsdesk.export.DocxStamp;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A review document read back: which story and revision it came from and its body
 * paragraphs as they read with the tracked changes ({@code w:ins}, {@code w:del}) accepted,
 * with their authors. A paragraph whose mark was deleted joins the next one.
 *
 * @param lastModifiedBy who saved it last (the author of plain edits), may be empty
 */
public record ReviewedDocument(UUID storyId, int revision, String labels, List<ReviewedParagraph> paragraphs,
                               String lastModifiedBy) {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public ReviewedDocument {
        paragraphs = List.copyOf(paragraphs);
        lastModifiedBy = lastModifiedBy == null ? "" : lastModifiedBy;
    }

    public static ReviewedDocument read(InputStream in) {
        XWPFDocument doc;
        try {
            doc = new XWPFDocument(in);
        } catch (IOException | RuntimeException e) {
            throw new ReviewProblem(ReviewProblem.Problem.UNREADABLE, "Not a readable .docx: " + e.getMessage(), e);
        }
        try (doc) {
            POIXMLProperties properties = doc.getProperties();
            String story = custom(properties, DocxStamp.STORY);
            String revision = custom(properties, DocxStamp.REVISION);
            UUID id;
            int number;
            try {
                id = UUID.fromString(story);
                number = DocxStamp.revisionNumber(revision);
            } catch (RuntimeException e) {
                throw new ReviewProblem(ReviewProblem.Problem.NOT_OURS, "No Newsdesk story or revision in the document", e);
            }
            String labels = custom(properties, DocxStamp.LABELS);
            List<ReviewedParagraph> paragraphs = new ArrayList<>();
            Pending pending = null;
            for (XWPFParagraph p : doc.getParagraphs()) {
                Read read = new Read();
                read.walk(p.getCTP().getDomNode());
                Pending merged = pending == null ? new Pending(p.getStyleID()) : pending;
                merged.text.append(read.text);
                merged.original.append(read.original);
                merged.authors.addAll(read.authors);
                merged.tracked |= read.tracked;
                if (read.markDeleted) {
                    pending = merged;
                    continue;
                }
                pending = null;
                paragraphs.add(new ReviewedParagraph(merged.text.toString(), merged.original.toString(), new ArrayList<>(merged.authors),
                        merged.tracked, merged.styleId));
            }
            if (pending != null) {
                paragraphs.add(new ReviewedParagraph(pending.text.toString(), pending.original.toString(), new ArrayList<>(pending.authors),
                        pending.tracked, pending.styleId));
            }
            String modifier = properties.getCoreProperties().getLastModifiedByUser();
            return new ReviewedDocument(id, number, labels, paragraphs, modifier);
        } catch (IOException e) {
            throw new ReviewProblem(ReviewProblem.Problem.UNREADABLE, e.getMessage(), e);
        }
    }

    /**
     * A custom property's value as text, whatever type the program that saved the document gave it
     * (ours writes {@code vt:lpwstr}; others keep it as {@code vt:lpstr}, {@code vt:bstr}, or a
     * number such as {@code vt:i4} or {@code vt:r8}).
     */
    private static String custom(POIXMLProperties properties, String name) {
        CTProperty p = properties.getCustomProperties().getProperty(name);
        if (p == null) {
            return "";
        }
        try (XmlCursor cursor = p.newCursor()) {
            return cursor.getTextValue().strip();
        }
    }

    private static final class Pending {
        final StringBuilder text = new StringBuilder();
        final StringBuilder original = new StringBuilder();
        final Set<String> authors = new LinkedHashSet<>();
        final String styleId;
        boolean tracked;

        Pending(String styleId) {
            this.styleId = styleId;
        }
    }

    /** One paragraph's text with insertions kept and deletions dropped. */
    private static final class Read {
        final StringBuilder text = new StringBuilder();
        final StringBuilder original = new StringBuilder();
        private boolean inserted;
        private boolean deleted;
        final Set<String> authors = new LinkedHashSet<>();
        boolean tracked;
        boolean markDeleted;

        void walk(Node node) {
            for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (!(c instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "pPr" -> paragraphMark(e);
                    case "del", "moveFrom" -> {
                        author(e);
                        deleted = true;
                        walk(e);
                        deleted = false;
                    }
                    case "ins", "moveTo" -> {
                        author(e);
                        inserted = true;
                        walk(e);
                        inserted = false;
                    }
                    case "t", "delText" -> append(textOf(e));
                    case "tab" -> append("\t");
                    case "br", "cr" -> append("\n");
                    case "noBreakHyphen" -> append("-");
                    case "rPr", "instrText", "commentReference", "footnoteReference" -> {
                    }
                    default -> walk(e);
                }
            }
        }

        /** The element's text (xmlbeans' DOM has no getTextContent). */
        private static String textOf(Element e) {
            StringBuilder b = new StringBuilder();
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                    b.append(c.getNodeValue());
                }
            }
            return b.toString();
        }

        private void append(String s) {
            if (!deleted) {
                text.append(s);
            }
            if (!inserted) {
                original.append(s);
            }
        }

        private void paragraphMark(Element pPr) {
            for (Node c = pPr.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "rPr".equals(e.getLocalName())) {
                    for (Node m = e.getFirstChild(); m != null; m = m.getNextSibling()) {
                        if (m instanceof Element mark && "del".equals(mark.getLocalName())) {
                            author(mark);
                            markDeleted = true;
                        } else if (m instanceof Element mark && "ins".equals(mark.getLocalName())) {
                            author(mark);
                        }
                    }
                }
            }
        }

        private void author(Element change) {
            tracked = true;
            String who = change.getAttributeNS(W, "author");
            if (!who.isBlank()) {
                authors.add(who);
            }
        }
    }
}
