package org.newsdesk.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The custom document properties that say which story and revision a review document was
 * exported from; reading it back finds the revision by them.
 */
public final class DocxStamp {

    public static final String STORY = "NewsdeskStory";
    public static final String REVISION = "NewsdeskRevision";
    public static final String LABELS = "NewsdeskLabels";
    public static final String GENERATOR = "NewsdeskGenerator";
    /** The style of transcript paragraphs (a paragraph the guest's office adds inherits it). */
    public static final String TRANSCRIPT_STYLE = "NewsdeskTranscript";

    private static final String CUSTOM_PART = "docProps/custom.xml";

    private DocxStamp() {
    }

    /**
     * A revision number as the program that saved the document left it: ours writes "3"; others
     * may keep the property as a number ("3.0", "3E0"). Throws when it is not a whole number.
     */
    public static int revisionNumber(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return new java.math.BigDecimal(text.strip()).intValueExact();
        }
    }

    /** The story and revision a review document was exported from. */
    public record Origin(UUID story, int revision) {
    }

    /**
     * The story and revision stamped on {@code file}, read from its custom properties only (the
     * body is not parsed): empty when the file is not a .docx exported by Newsdesk, or unreadable.
     */
    public static Optional<Origin> origin(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry part = zip.getEntry(CUSTOM_PART);
            if (part == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(part)) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                NodeList properties = factory.newDocumentBuilder().parse(in).getDocumentElement()
                        .getElementsByTagNameNS("*", "property");
                String story = null;
                String revision = null;
                for (int i = 0; i < properties.getLength(); i++) {
                    Element property = (Element) properties.item(i);
                    String value = property.getTextContent().strip();
                    switch (property.getAttribute("name")) {
                        case STORY -> story = value;
                        case REVISION -> revision = value;
                        default -> { }
                    }
                }
                if (story == null || revision == null) {
                    return Optional.empty();
                }
                return Optional.of(new Origin(UUID.fromString(story), revisionNumber(revision)));
            }
        } catch (IOException | RuntimeException | javax.xml.parsers.ParserConfigurationException
                 | org.xml.sax.SAXException e) {
            return Optional.empty();
        }
    }
}
