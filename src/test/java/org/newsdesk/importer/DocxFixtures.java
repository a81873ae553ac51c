package org.newsdesk.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small .docx files for tests: the three parts Word needs, document.xml as given. */
final class DocxFixtures {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxFixtures() {
    }

    /** A document whose body is {@code bodyXml} (w:p, w:tbl ... elements). */
    static Path write(Path file, String bodyXml) throws IOException {
        return writeRaw(file, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                + "<w:body>" + bodyXml + "</w:body></w:document>");
    }

    static Path writeRaw(Path file, String documentXml) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", documentXml);
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String p(String runsXml) {
        return "<w:p>" + runsXml + "</w:p>";
    }

    static String heading(String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    static String bold(String text) {
        return "<w:r><w:rPr><w:b/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    static String italic(String text) {
        return "<w:r><w:rPr><w:i w:val=\"1\"/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }

    static String boldOff(String text) {
        return "<w:r><w:rPr><w:b w:val=\"0\"/><w:i w:val=\"false\"/></w:rPr><w:t>" + text + "</w:t></w:r>";
    }
}
