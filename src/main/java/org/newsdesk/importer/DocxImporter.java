package org.newsdesk.importer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.text.SourceParagraph;

/**
 * Reads the paragraphs of a Word (.docx) file without Apache POI: the zip is opened with
 * java.util.zip and word/document.xml is streamed through StAX with DTDs and external
 * entities off (no XXE, no entity expansion). The inflated XML is counted as it is read
 * and reading stops past {@link ImportLimits#MAX_DOCX_XML_BYTES} or a suspicious
 * inflation ratio (zip bombs).
 * <p>Kept: paragraphs ({@code w:p}) with bold and italic runs ({@code w:b}, {@code w:i},
 * switched off by {@code w:val="0"/"false"/"off"}), highlighted runs as passages marked
 * uncertain (how a review copy marks what could not be heard; shading is not taken for it, as
 * text pasted from web pages carries it), tabs, and line breaks,
 * which start a new paragraph because transcripts typed in Word often put one turn per line.
 * Each paragraph's style id is kept ({@link DocxFront} finds the headline and the metadata
 * block by them). Headings
 * (styles Heading*, Title, Subtitle) are marked so they become narration. Tables and
 * pictures are skipped and counted; deleted revisions, field codes, headers and footnotes
 * are not read.
 */
final class DocxImporter {

    static final String DOCUMENT = "word/document.xml";
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * The paragraphs, and how many tables and images were left out.
     *
     * @param styles each paragraph's style id ({@code w:pStyle}), empty when it has none
     */
    record Content(List<SourceParagraph> paragraphs, List<String> styles, int tables, int images) {
    }

    private DocxImporter() {
    }

    static Content read(Path file, ImportProgress progress) {
        long size = sizeOf(file);
        if (size > ImportLimits.MAX_DOCX_BYTES) {
            throw SourceBytes.tooLarge(file, ImportLimits.MAX_DOCX_BYTES);
        }
        if (size == 0) {
            throw new ImportException(ImportException.Problem.EMPTY, file, "");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > ImportLimits.MAX_DOCX_ENTRIES) {
                throw new ImportException(ImportException.Problem.COMPRESSION_BOMB, file, zip.size() + " entries");
            }
            ZipEntry entry = zip.getEntry(DOCUMENT);
            if (entry == null) {
                throw new ImportException(ImportException.Problem.DAMAGED_DOCX, file, "no " + DOCUMENT);
            }
            try (InputStream in = new Bounded(zip.getInputStream(entry), file, entry.getCompressedSize(), progress)) {
                return parse(in, file);
            }
        } catch (ImportException e) {
            throw e;
        } catch (ZipException e) {
            throw new ImportException(ImportException.Problem.DAMAGED_DOCX, file, e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            // a truncated entry surfaces as an EOF or a data-format error from the inflater
            throw new ImportException(ImportException.Problem.DAMAGED_DOCX, file, String.valueOf(e.getMessage()), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(ImportException.Problem.NOT_READABLE, file, "a folder, not a file");
            }
            return Files.size(file);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, e.getMessage(), e);
        }
    }

    static XMLInputFactory safeFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static Content parse(InputStream in, Path file) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = safeFactory().createXMLStreamReader(in);
            return new Walker(xml).walk();
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportException limit) {
                    throw limit; // the bounded stream stopped the parser
                }
            }
            throw new ImportException(ImportException.Problem.DAMAGED_DOCX, file, e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed: the failure is what counts
                }
            }
        }
    }

    /** One pass over document.xml's events. */
    private static final class Walker {
        private final XMLStreamReader xml;
        private final List<SourceParagraph> paragraphs = new ArrayList<>();
        private final List<String> styleIds = new ArrayList<>();
        private final List<Span> spans = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private int tables;
        private int images;
        /** Depth inside an element whose content is skipped (table, drawing, fallback), 0 if none. */
        private int skipDepth;
        private boolean inParagraph;
        private boolean heading;
        private boolean inRunProperties;
        private boolean inText;
        private boolean bold;
        private boolean italic;
        private boolean marked;
        private String styleId = "";

        Walker(XMLStreamReader xml) {
            this.xml = xml;
        }

        Content walk() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (skipDepth > 0) {
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        skipDepth++;
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        skipDepth--;
                    }
                    continue;
                }
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inText) {
                            run.append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                            "entity reference &" + xml.getLocalName() + "; is not allowed", xml.getLocation());
                    case XMLStreamConstants.DTD -> throw new XMLStreamException(
                            "a document type declaration is not allowed", xml.getLocation());
                    default -> { }
                }
            }
            return new Content(List.copyOf(paragraphs), List.copyOf(styleIds), tables, images);
        }

        private void start() {
            String ns = xml.getNamespaceURI();
            String name = xml.getLocalName();
            if (MC.equals(ns) && name.equals("Fallback")) {
                skipDepth = 1; // the same drawing again, for old readers
                return;
            }
            if (!W.equals(ns)) {
                return;
            }
            switch (name) {
                case "tbl" -> {
                    tables++;
                    skipDepth = 1;
                }
                case "drawing", "pict", "object" -> {
                    images++;
                    skipDepth = 1;
                }
                case "p" -> {
                    inParagraph = true;
                    heading = false;
                    styleId = "";
                }
                case "pStyle" -> {
                    String style = value();
                    styleId = style == null ? "" : style;
                    if (style != null && (style.startsWith("Heading") || style.startsWith("heading")
                            || style.equals("Title") || style.equals("Subtitle"))) {
                        heading = true;
                    }
                }
                case "r" -> {
                    bold = false;
                    italic = false;
                    marked = false;
                }
                case "highlight" -> marked = inRunProperties ? !"none".equals(value()) : marked;
                case "rPr" -> inRunProperties = true;
                case "b" -> bold = inRunProperties ? isOn() : bold;
                case "i" -> italic = inRunProperties ? isOn() : italic;
                case "t" -> inText = true;
                case "tab" -> {
                    if (!inRunProperties) {
                        run.append('\t');
                    }
                }
                case "br", "cr" -> {
                    if (inParagraph && !"page".equals(attribute("type"))) {
                        endRun();
                        endParagraph();
                    }
                }
                default -> { }
            }
        }

        private void end() {
            if (!W.equals(xml.getNamespaceURI())) {
                return;
            }
            switch (xml.getLocalName()) {
                case "t" -> inText = false;
                case "rPr" -> inRunProperties = false;
                case "r" -> endRun();
                case "p" -> {
                    endRun();
                    endParagraph();
                    inParagraph = false;
                }
                default -> { }
            }
        }

        private void endRun() {
            if (run.length() > 0) {
                Set<SpanStyle> styles = EnumSet.noneOf(SpanStyle.class);
                if (bold) {
                    styles.add(SpanStyle.BOLD);
                }
                if (italic) {
                    styles.add(SpanStyle.ITALIC);
                }
                if (marked) {
                    styles.add(SpanStyle.UNCERTAIN);
                }
                spans.add(new Span(run.toString(), styles));
                run.setLength(0);
            }
        }

        private void endParagraph() {
            paragraphs.add(new SourceParagraph(spans, heading));
            styleIds.add(styleId);
            spans.clear();
        }

        private boolean isOn() {
            String v = value();
            return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off")
                    || v.equalsIgnoreCase("none"));
        }

        private String value() {
            return attribute("val");
        }

        private String attribute(String local) {
            String v = xml.getAttributeValue(W, local);
            return v != null ? v : xml.getAttributeValue(null, local);
        }
    }

    /**
     * Counts inflated bytes and stops a zip bomb: past the absolute limit, or inflating
     * more than {@link ImportLimits#MAX_DOCX_RATIO} times the compressed size once past 1 MB.
     */
    private static final class Bounded extends FilterInputStream {
        private final Path file;
        private final long compressed;
        private final ImportProgress progress;
        private long read;

        Bounded(InputStream in, Path file, long compressed, ImportProgress progress) {
            super(in);
            this.file = file;
            this.compressed = compressed;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > ImportLimits.MAX_DOCX_XML_BYTES) {
                throw new ImportException(ImportException.Problem.COMPRESSION_BOMB, file,
                        DOCUMENT + " inflates past " + ImportLimits.MAX_DOCX_XML_BYTES / (1024 * 1024) + " MB");
            }
            if (read > (1 << 20) && compressed > 0 && read / compressed > ImportLimits.MAX_DOCX_RATIO) {
                throw new ImportException(ImportException.Problem.COMPRESSION_BOMB, file,
                        DOCUMENT + " inflates more than " + ImportLimits.MAX_DOCX_RATIO + " times");
            }
            if (progress.isCancelled()) {
                throw new ImportException(ImportException.Problem.CANCELLED, file, "");
            }
            progress.update(read, Math.max(read, compressed * 8) * 2);
        }
    }
}
