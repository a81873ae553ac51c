package org.newsdesk.export.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.export.DocxTranscript;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.model.Story;

/**
 * The review round trip through a real word processor: the exported .docx is edited in headless
 * LibreOffice with record-changes on (a Python-UNO script in the test resources), saved as .docx
 * and read back; exactly the two edited paragraphs come back, with the author LibreOffice recorded,
 * and accepting them gives the edited text while the untouched paragraph keeps its mark and note.
 */
@Tag(TestRequirements.SYSTEM)
class LibreOfficeReviewTest {

    private static final String AUTHOR = "市科技局办公室";

    @Test
    void twoParagraphsChangedWithTrackedChangesInLibreOfficeComeBackAsExactlyTwoSuggestions(@TempDir Path dir)
            throws Exception {
        String soffice = TestRequirements.program("editing a .docx in headless LibreOffice; apt-get install "
                + "libreoffice-writer-nogui python3-uno", "soffice", "libreoffice");
        String python = pythonWithUno();
        Story story = ReviewFixtures.interview();
        Path exported = ReviewFixtures.exporter().export(story, LabelStyle.FULLWIDTH, dir);
        Path script = dir.resolve("edit.py");
        try (InputStream in = getClass().getResourceAsStream("edit_with_tracked_changes.py")) {
            Files.copy(in, script);
        }
        Path returned = dir.resolve("returned.docx");
        List<String> command = new ArrayList<>(List.of(python, script.toString(), soffice,
                dir.resolve("profile").toString(), exported.toString(), returned.toString(), AUTHOR,
                "很高兴和大家交流", "很高兴和各位网友交流",
                "专项资金支持", "两亿元专项资金支持"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile())
                .start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly); // the office, which the script would end
            p.destroyForcibly();
        }
        assertThat(finished).as("LibreOffice finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("lo.log"))).isZero();

        Review review = Review.read(returned, story.id(), (id, n) -> Optional.of(story));

        assertThat(review.suggestions()).hasSize(2);
        assertThat(review.suggestions()).extracting(Suggestion::paragraphId).containsExactly("p2", "p5");
        assertThat(review.suggestions()).extracting(Suggestion::after).containsExactly(
                "谢谢主持人，很高兴和各位网友交流。", "我们每年安排两亿元专项资金支持青年科技人才。");
        assertThat(review.suggestions()).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(Suggestion.Kind.CHANGE);
            assertThat(s.tracked()).isTrue();
            assertThat(s.authors()).containsExactly(AUTHOR);
        });

        SuggestionEdits.All accepted = SuggestionEdits.acceptAll(story.paragraphs(), review.suggestions());
        assertThat(accepted.accepted()).hasSize(2);
        assertThat(accepted.result()).extracting(DocxTranscript::visibleText).containsExactly(
                "各位网友大家好，欢迎来到今天的访谈。",
                "谢谢主持人，很高兴和各位网友交流。",
                "今年我们重点推进三项工作，第一项听不清，第二是人才引进。",
                "请您具体介绍一下人才政策。",
                "我们每年安排两亿元专项资金支持青年科技人才。");
        assertThat(accepted.result().get(2)).isEqualTo(story.paragraphs().get(2));
    }

    /** A Python that has LibreOffice's UNO bridge: Debian's (python3-uno) or LibreOffice's own. */
    private static String pythonWithUno() throws Exception {
        for (String candidate : List.of("/usr/bin/python3", "/usr/lib/libreoffice/program/python", "python3")) {
            if (candidate.contains("/") && !Files.isExecutable(Path.of(candidate))) {
                continue;
            }
            Process p = new ProcessBuilder(candidate, "-c", "import uno").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                return candidate;
            }
        }
        TestRequirements.require(false, "a Python with the UNO bridge (apt-get install python3-uno)");
        throw new AssertionError("unreachable");
    }
}
