package org.newsdesk.export.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.export.DocxStamp;
import org.newsdesk.model.Story;

/**
 * A returned .docx rewritten by another program, the way a script or a word processor rewrites
 * one: the zip's entries in another order, some stored rather than deflated, no data descriptors;
 * the XML written again with other namespace prefixes, without a declaration, with line breaks
 * between elements; the stamp's revision kept as another property type. The two words changed
 * inside it come back as exactly two suggestions.
 */
class ForeignDocxTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private final Story story = ReviewFixtures.interview();
    @TempDir
    Path dir;

    @ParameterizedTest(name = "revision as {0}")
    @CsvSource({"vt:lpwstr, 3", "vt:lpstr, 3", "vt:bstr, 3", "vt:i4, 3", "vt:r8, 3", "vt:r8, 3.0", "vt:lpwstr, ' 3 '"})
    void twoWordsChangedByAnotherProgramAreTwoSuggestions(String type, String revision) throws Exception {
        Map<String, byte[]> parts = unzip(ReviewFixtures.exported(story));
        String body = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(body).contains("很高兴和大家交流").contains("专项资金");
        body = body.replace("很高兴和大家交流", "很高兴和各位网友交流").replace("专项资金", "两亿元专项资金");
        parts.put("word/document.xml", otherSerialisation(body).getBytes(StandardCharsets.UTF_8));
        String custom = new String(parts.get("docProps/custom.xml"), StandardCharsets.UTF_8);
        String stamp = "name=\"" + DocxStamp.REVISION + "\"><vt:lpwstr>" + story.revision() + "</vt:lpwstr>";
        assertThat(custom).contains(stamp);
        parts.put("docProps/custom.xml", custom.replace(stamp,
                "name=\"" + DocxStamp.REVISION + "\"><" + type + ">" + revision + "</" + type + ">")
                .getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("reviewed.docx"), rezip(parts));

        assertThat(DocxStamp.origin(file)).hasValue(new DocxStamp.Origin(story.id(), story.revision()));
        Review review = Review.read(file, story.id(), (id, n) -> id.equals(story.id()) && n == story.revision()
                ? Optional.of(story) : Optional.empty());
        assertThat(review.suggestions()).extracting(Suggestion::paragraphId).containsExactly("p2", "p5");
        assertThat(review.suggestions()).extracting(Suggestion::after).containsExactly(
                "谢谢主持人，很高兴和各位网友交流。", "我们每年安排两亿元专项资金支持青年科技人才。");
        assertThat(review.suggestions()).allSatisfy(s -> assertThat(s.tracked()).isFalse());
    }

    /**
     * The body as a generic XML writer gives it back: the WordprocessingML namespace under the
     * prefix "ns0", no XML declaration, a line break after every paragraph.
     */
    private static String otherSerialisation(String xml) {
        String out = xml.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "")
                .replace("<w:", "<ns0:").replace("</w:", "</ns0:").replace(" w:", " ns0:")
                .replace("xmlns:w=\"" + W + "\"", "xmlns:ns0=\"" + W + "\"")
                .replace("</ns0:p>", "</ns0:p>\r\n");
        assertThat(out).doesNotContain("<w:").contains("xmlns:ns0=");
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    /** The parts again, last first, every other one stored (sizes and checksum in its header, no descriptor). */
    private static byte[] rezip(Map<String, byte[]> parts) throws Exception {
        List<String> names = new ArrayList<>(parts.keySet());
        java.util.Collections.reverse(names);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.size(); i++) {
                byte[] data = parts.get(names.get(i));
                ZipEntry e = new ZipEntry(names.get(i));
                if (i % 2 == 0) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                out.putNextEntry(e);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
