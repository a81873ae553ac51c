package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Paragraph;

/**
 * Seeded random input for the text and HTML importers: whatever the bytes, an import
 * either gives a preview whose paragraphs keep to the rules or fails with ImportException.
 */
class ImporterFuzzTest {

    private static final int ROUNDS = 150;
    private static final String[] PIECES = {
        "主持人", "記者", "问", "答", "Q", "A", "李寶純", "张明", "：", ":", "[", "]", "【", "】", "（", "）", "(", ")",
        "來源", "来源", "作者", "編輯", "编辑", "2015-07-31 10:02:54", "2024年3月12日", "http://x.cn", "打印", "關閉窗口",
        "Copyright", "\n", "\n\n", "\r\n", " ", "\u3000", "。", "！", "？", "，", "以下是訪談文字實錄", "(3)", "（二）",
        "<p>", "</p>", "<div>", "<script>", "</script>", "<br>", "<b>", "<!--", "-->", "<h1>", "&amp;", "&#x0;", "&",
        "<", ">", "\"", "'", "\ufeff", "\ud800", "𠀀", "好", "的", "x".repeat(2100), "。".repeat(3)};

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"fuzz.txt", "fuzz.html"})
    void randomTextOnlyEverFailsWithImportException(String name) throws IOException {
        Random random = new Random(20150731L + name.hashCode());
        StoryImporter importer = new StoryImporter();
        int previews = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Path file = dir.resolve(round + "-" + name);
            Files.write(file, randomBytes(random));
            try {
                ImportPreview p = importer.preview(file, ImportOptions.AUTO, ImportProgress.NONE);
                previews++;
                for (Paragraph paragraph : p.paragraphs()) {
                    assertThat(paragraph.text().length()).isLessThanOrEqualTo(2000);
                    assertThat(paragraph.speakerKey() == null || p.paragraphCounts().containsKey(paragraph.speakerKey()))
                            .isTrue();
                }
            } catch (ImportException expected) {
                assertThat(expected.file()).isEqualTo(file);
            }
        }
        assertThat(previews).as("most random texts import").isGreaterThan(ROUNDS / 3);
    }

    private static byte[] randomBytes(Random random) {
        if (random.nextInt(10) == 0) {
            byte[] raw = new byte[random.nextInt(3000)];
            random.nextBytes(raw);
            return raw;
        }
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(200);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        byte[] bytes = sb.toString().getBytes(random.nextInt(4) == 0 ? EncodingDetector.GB18030 : StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(5) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256); // a damaged byte
        }
        return bytes;
    }
}
