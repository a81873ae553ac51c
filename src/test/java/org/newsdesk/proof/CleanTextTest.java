package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Story;

/** No false alarm: every clean text the project holds gives no finding at all. */
class CleanTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"/proof/clean-hant.txt", "/proof/clean-hans.txt", "/proof/clean-brackets-hans.txt",
        "/proof/clean-hant-hk.txt",
        "/fixtures/import/afterschool-page-zh-TW.txt", "/fixtures/import/transcript-zh-CN.txt",
        "/fixtures/import/transcript-zh-TW.txt", "/fixtures/import/transit-page-zh-CN.html"})
    void aCleanFixtureGivesNoFinding(String name) {
        Story story = Proofing.imported(Proofing.resource(name));
        assertThat(story.paragraphs()).hasSizeGreaterThan(3);
        assertThat(Proofing.READER.check(story, ProofContext.DEFAULT).findings()).isEmpty();
    }

    @Test
    void theShippedSampleInterviewGivesNoFinding() {
        Story story = Proofing.imported(Path.of("app-resources/samples/sample-interview.txt"));
        assertThat(story.paragraphs()).hasSizeGreaterThan(3);
        assertThat(Proofing.READER.check(story, ProofContext.DEFAULT).findings()).isEmpty();
    }

    @Test
    void theFixtureWrittenLikeThePortalGivesOnlyItsHalfWidthMarks() {
        Story story = Proofing.imported(Proofing.resource("/fixtures/import/library-page-zh-CN.txt"));
        List<Finding> found = Proofing.READER.check(story, ProofContext.DEFAULT).findings();
        assertThat(found).hasSize(5).allMatch(f -> f.ruleId().equals(PunctuationRule.HALF_WIDTH));
    }

    @Test
    void theConversionGoldenFilesSidesGiveNoConversionOrTypoFinding() {
        int rows = 0;
        for (String line : Proofing.lines(Proofing.resource("/conversion/golden-hans-hant.tsv"))) {
            String[] f = line.split("\t");
            if (line.startsWith("#") || f.length < 3) {
                continue;
            }
            rows++;
            String hant = f[0].equals("hant") ? f[2] : f[1];
            String hans = f[0].equals("hant") ? f[1] : f[2];
            assertThat(Proofing.READER.checkText(hant, true)).as(hant)
                    .noneMatch(x -> x.category() == ProofCategory.CONVERSION || x.category() == ProofCategory.TYPO);
            assertThat(Proofing.READER.checkText(hans, false)).as(hans)
                    .noneMatch(x -> x.category() == ProofCategory.CONVERSION || x.category() == ProofCategory.TYPO);
        }
        assertThat(rows).isGreaterThan(100);
    }
}
