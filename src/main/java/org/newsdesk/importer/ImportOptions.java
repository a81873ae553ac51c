package org.newsdesk.importer;

import java.nio.charset.Charset;

/**
 * How to read a file.
 *
 * @param format   the file's kind, or AUTO
 * @param encoding the text encoding to use, or null to detect it (ignored for .docx)
 */
public record ImportOptions(ImportFormat format, Charset encoding) {

    public static final ImportOptions AUTO = new ImportOptions(ImportFormat.AUTO, null);

    public ImportOptions {
        format = format == null ? ImportFormat.AUTO : format;
    }

    public ImportOptions withEncoding(Charset value) {
        return new ImportOptions(format, value);
    }
}
