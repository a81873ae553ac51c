package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.model.Story;

/** An exported .docx is a Word document to the desktop's file type detection, not only to Word. */
class DocxEntryOrderTest {

    private final Story story = ReviewFixtures.interview();

    @Test
    void theWordPartsComeRightAfterThePackagesOwnEntriesAndNothingIsLost() throws Exception {
        byte[] docx = ReviewFixtures.exporter().bytes(story, LabelStyle.FULLWIDTH);

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).startsWith("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        int lastWord = names.stream().filter(n -> n.startsWith("word/")).mapToInt(names::indexOf).max().orElseThrow();
        int firstOther = names.stream().filter(n -> n.startsWith("docProps/")).mapToInt(names::indexOf).min().orElseThrow();
        assertThat(lastWord).isLessThan(firstOther);
        assertThat(names).contains("docProps/custom.xml", "word/styles.xml", "word/footer1.xml").doesNotHaveDuplicates();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).isNotEmpty();
            assertThat(doc.getProperties().getCustomProperties().getProperty(DocxStamp.STORY).getLpwstr())
                    .isEqualTo(story.id().toString());
        }
    }

    @Test
    void theDesktopsFileTypeDetectionCallsItAWordDocument(@TempDir Path dir) throws Exception {
        String file = TestRequirements.program("the desktop's file type detection (libmagic); apt-get install file",
                "file");
        Path exported = ReviewFixtures.exporter().export(story, LabelStyle.FULLWIDTH, dir);

        Process p = new ProcessBuilder(file, "--brief", "--mime-type", exported.toString()).redirectErrorStream(true).start();
        String type = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();

        assertThat(p.waitFor()).isZero();
        assertThat(type).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }
}
