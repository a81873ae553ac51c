package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Paragraph;

/** The same transcripts saved in every encoding editors receive them in. */
class EncodingDetectionTest {

    @TempDir
    Path dir;

    private static String fixtureText(String name) throws IOException {
        try (InputStream in = EncodingDetectionTest.class.getResourceAsStream("/fixtures/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("transcript-zh-TW.txt", StandardCharsets.UTF_8, new byte[0]),
                Arguments.of("transcript-zh-TW.txt", StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of("transcript-zh-TW.txt", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}),
                Arguments.of("transcript-zh-TW.txt", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}),
                Arguments.of("transcript-zh-TW.txt", EncodingDetector.BIG5, new byte[0]),
                Arguments.of("afterschool-page-zh-TW.txt", EncodingDetector.BIG5, new byte[0]),
                Arguments.of("transcript-zh-CN.txt", EncodingDetector.GB18030, new byte[0]),
                Arguments.of("transcript-zh-CN.txt", Charset.forName("GBK"), new byte[0]),
                Arguments.of("library-page-zh-CN.txt", EncodingDetector.GB18030, new byte[0]),
                Arguments.of("transcript-zh-CN.txt", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("encodings")
    void detectsTheEncodingAndReadsTheSameTranscript(String fixture, Charset charset, byte[] bom) throws IOException {
        String text = fixtureText(fixture);
        byte[] body = text.getBytes(charset);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Path file = Files.write(dir.resolve(fixture), bytes);

        ImportPreview preview = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        ImportPreview utf8 = new StoryImporter().preview(PortalPageImporterTest.fixture(fixture), ImportOptions.AUTO,
                ImportProgress.NONE);

        Charset expected = charset.name().equals("GBK") ? EncodingDetector.GB18030 : charset;
        assertThat(preview.encoding()).contains(expected);
        assertThat(preview.paragraphs()).extracting(Paragraph::text)
                .containsExactlyElementsOf(utf8.paragraphs().stream().map(Paragraph::text).toList());
        assertThat(preview.metadata()).isEqualTo(utf8.metadata().withHeadlineText(preview.metadata().headline()));
    }

    @Test
    void aWrongGuessCanBeReDecodedWithAnotherEncoding() throws IOException {
        // very short: both GB18030 and Big5 decode it, so the preview must let the editor choose
        Path file = Files.write(dir.resolve("short.txt"), "問：好嗎？".getBytes(EncodingDetector.BIG5));
        ImportPreview first = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        assertThat(first.encodingChoices()).contains(EncodingDetector.BIG5, EncodingDetector.GB18030);
        ImportPreview gb = first.reDecode(EncodingDetector.GB18030, ImportProgress.NONE);
        ImportPreview big5 = gb.reDecode(EncodingDetector.BIG5, ImportProgress.NONE);
        assertThat(big5.encoding()).contains(EncodingDetector.BIG5);
        assertThat(big5.paragraphs()).extracting(Paragraph::text).containsExactly("好嗎？");
        assertThat(gb.encoding()).contains(EncodingDetector.GB18030);
        assertThat(gb.paragraphs().get(0).text()).isNotEqualTo("好嗎？");
    }

    @Test
    void anUncertainGuessSaysSo() throws IOException {
        // B0A1 is a frequent character in both GB2312 (啊) and Big5: nothing tells them apart
        byte[] bytes = {(byte) 0xB0, (byte) 0xA1, (byte) 0xB0, (byte) 0xA1};
        Path file = Files.write(dir.resolve("tiny.txt"), bytes);
        ImportPreview p = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        assertThat(p.encodingConfident()).isFalse();
        assertThat(p.notes()).extracting(ImportNote::kind).contains(ImportNote.Kind.ENCODING_GUESSED);
    }

    @Test
    void aClearCaseIsNotFlagged() throws IOException {
        Path file = Files.write(dir.resolve("tw.txt"), fixtureText("transcript-zh-TW.txt").getBytes(EncodingDetector.BIG5));
        ImportPreview p = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        assertThat(p.encodingConfident()).isTrue();
        assertThat(p.notes()).extracting(ImportNote::kind).doesNotContain(ImportNote.Kind.ENCODING_GUESSED);
    }
}
