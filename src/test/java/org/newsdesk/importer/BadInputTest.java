package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;

/** Files an editor should never have sent: each gives one clear, typed error naming the file. */
class BadInputTest {

    @TempDir
    Path dir;

    private final StoryImporter importer = new StoryImporter();

    private ImportException failure(Path file, ImportOptions options) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> importer.preview(file, options, ImportProgress.NONE));
        assertThat(e).as("an ImportException for " + file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.getMessage()).contains(file.toString());
        String english = ImportErrorText.describe(e, new Messages(Locale.ENGLISH));
        assertThat(english).contains(file.toString()).doesNotContain("!import.");
        return e;
    }

    private ImportException.Problem problem(Path file) {
        return failure(file, ImportOptions.AUTO).problem();
    }

    @Test
    void emptyFiles() throws IOException {
        assertThat(problem(Files.write(dir.resolve("empty.txt"), new byte[0]))).isEqualTo(ImportException.Problem.EMPTY);
        assertThat(problem(Files.writeString(dir.resolve("blank.txt"), " \n\u3000\n"))).isEqualTo(ImportException.Problem.EMPTY);
        assertThat(problem(Files.write(dir.resolve("empty.docx"), new byte[0]))).isEqualTo(ImportException.Problem.EMPTY);
        assertThat(problem(Files.write(dir.resolve("empty.html"), new byte[0]))).isEqualTo(ImportException.Problem.EMPTY);
    }

    @Test
    void missingFile() {
        assertThat(problem(dir.resolve("gone.txt"))).isEqualTo(ImportException.Problem.NOT_READABLE);
    }

    @Test
    void anImageRenamedTxtIsBinary() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThat(problem(Files.write(dir.resolve("photo.txt"), png))).isEqualTo(ImportException.Problem.BINARY);
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[10] = 0;
        assertThat(problem(Files.write(dir.resolve("junk.txt"), junk))).isEqualTo(ImportException.Problem.BINARY);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ImportLimits.MAX_TEXT_BYTES + 1); // sparse: no 50 MB written to disk
        }
        assertThat(problem(big)).isEqualTo(ImportException.Problem.TOO_LARGE);
        Path bigHtml = Files.move(big, dir.resolve("huge.html"));
        assertThat(problem(bigHtml)).isEqualTo(ImportException.Problem.TOO_LARGE);
    }

    @Test
    void bytesInNoKnownEncoding() throws IOException {
        byte[] bytes = new byte[600];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0xFF : i % 3 == 1 ? 0x80 : 'a'); // 0xFF is a lead byte nowhere
        }
        assertThat(problem(Files.write(dir.resolve("odd.txt"), bytes)))
                .isEqualTo(ImportException.Problem.UNDETECTABLE_ENCODING);
    }

    @Test
    void aChosenEncodingThatDoesNotFit() throws IOException {
        Path file = Files.write(dir.resolve("gbk.txt"), "主持人：你好。".getBytes(EncodingDetector.GB18030));
        ImportException e = failure(file, new ImportOptions(ImportFormat.AUTO, StandardCharsets.UTF_8));
        assertThat(e.problem()).isEqualTo(ImportException.Problem.WRONG_ENCODING);
    }

    @Test
    void aTruncatedDocx() throws IOException {
        Path whole = DocxFixtures.write(dir.resolve("whole.docx"), DocxFixtures.p(DocxFixtures.r("主持人：你好。")));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.docx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(problem(cut)).isEqualTo(ImportException.Problem.DAMAGED_DOCX);
        Path text = Files.writeString(dir.resolve("not-really.docx"), "主持人：你好。");
        assertThat(problem(text)).isEqualTo(ImportException.Problem.DAMAGED_DOCX);
    }

    @Test
    void aZipWithoutADocument() throws IOException {
        Path file = dir.resolve("other.docx");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problem(file)).isEqualTo(ImportException.Problem.DAMAGED_DOCX);
    }

    @Test
    void aZipBombStopsEarly() throws IOException {
        Path file = dir.resolve("bomb.docx");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p><w:r><w:t>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 60; i++) {
                zip.write(chunk); // 60 MB of spaces compress to some 60 KB
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);
        assertThat(problem(file)).isEqualTo(ImportException.Problem.COMPRESSION_BOMB);
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefused() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p><w:r><w:t>主持人：&xxe;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        Path file = DocxFixtures.writeRaw(dir.resolve("xxe.docx"), xxe);
        assertThat(problem(file)).isEqualTo(ImportException.Problem.DAMAGED_DOCX);

        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<w:document xmlns:w=\"" + DocxFixtures.W + "\"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>"
                + "</w:body></w:document>";
        Path bomb = DocxFixtures.writeRaw(dir.resolve("laughs.docx"), laughs);
        assertThat(problem(bomb)).isEqualTo(ImportException.Problem.DAMAGED_DOCX);
    }

    @Test
    void plainXmlEntitiesStillWork() throws IOException {
        Path file = DocxFixtures.write(dir.resolve("amp.docx"), DocxFixtures.p(DocxFixtures.r("主持人：A &amp; B &lt;C&gt;")));
        ImportPreview p = importer.preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        assertThat(p.paragraphs().get(0).text()).isEqualTo("A & B <C>");
    }

    @Test
    void htmlWithScriptsAndBrokenTagsImportsOnlyItsText() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.html"), "<html><body><script>steal()</script>"
                + "<p>主持人：你好<div><b>嘉賓：<i>好</p></b><scr<script>ipt>x()</script><p onclick='y()'>結束<");
        ImportPreview p = importer.preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        String text = PortalPageImporterTest.allText(p);
        // scripts are gone; what broken markup leaves is inert text, as a browser would show it
        assertThat(text).contains("你好").contains("結束").doesNotContain("steal").doesNotContain("<script")
                .doesNotContain("y()");
    }

    @Test
    void anOldWordFileIsNamed() throws IOException {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 1, 2, 3};
        assertThat(problem(Files.write(dir.resolve("old.doc"), ole))).isEqualTo(ImportException.Problem.BINARY);
    }

    @Test
    void cancellingStopsWithATypedError() throws IOException {
        Path file = Files.writeString(dir.resolve("t.txt"), "主持人：你好。\n".repeat(5000));
        ImportProgress cancelled = new ImportProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> importer.preview(file, ImportOptions.AUTO, cancelled))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.problem()).isEqualTo(ImportException.Problem.CANCELLED));
    }
}
