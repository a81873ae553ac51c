package org.newsdesk.importer;

/**
 * How much an import may read, so that a huge or hostile file cannot exhaust memory.
 * A 50 MB transcript is some 17 million Chinese characters, hundreds of times a long
 * interview; anything bigger is refused before it is read.
 */
public final class ImportLimits {

    /** Largest text or HTML file: it is read whole (decoding needs all bytes to guess). */
    public static final long MAX_TEXT_BYTES = 50L * 1024 * 1024;
    /** Largest .docx file on disk. */
    public static final long MAX_DOCX_BYTES = 50L * 1024 * 1024;
    /** Largest uncompressed word/document.xml; reading stops as soon as it inflates past this. */
    public static final long MAX_DOCX_XML_BYTES = 50L * 1024 * 1024;
    /**
     * Largest inflation ratio of word/document.xml once it is past 1 MB: real documents
     * compress about 5-20 times; a bomb compresses thousands of times.
     */
    public static final int MAX_DOCX_RATIO = 200;
    /** A .docx with more entries than this is not a document a person wrote. */
    public static final int MAX_DOCX_ENTRIES = 10_000;

    /** Redirects followed when importing from a web address; one more is a loop. */
    public static final int MAX_REDIRECTS = 5;

    private ImportLimits() {
    }
}
