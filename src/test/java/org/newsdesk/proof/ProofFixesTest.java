package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

class ProofFixesTest {

    private static Story story(Metadata m, Paragraph... ps) {
        return new Story(UUID.randomUUID(), "s", Status.DRAFT, m, List.of(), List.of(ps), 0, 0, Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void safeFixesKeepStylesAndLeaveTimestampsAlone() {
        Paragraph p = new Paragraph("p1", null, List.of(Span.plain("我們要有乾"), Span.styled("事創業", SpanStyle.BOLD),
                Span.timestamp("[00:01:02]", Duration.ofSeconds(62)), Span.plain("的熱情，服務不斷提昇。")));
        Story s = story(Metadata.withHeadline("精乾人員到位"), p);
        ProofReport report = Proofing.READER.check(s, ProofContext.DEFAULT);
        assertThat(report.safe()).hasSize(3);
        ProofFixes.Result r = ProofFixes.apply(s, report.safe());
        assertThat(r.applied()).isEqualTo(3);
        assertThat(r.story().metadata().headline()).isEqualTo("精幹人員到位");
        Paragraph fixed = r.story().paragraphs().get(0);
        assertThat(fixed.text()).isEqualTo("我們要有幹事創業[00:01:02]的熱情，服務不斷提升。");
        assertThat(fixed.spans().get(1)).isEqualTo(Span.styled("事創業", SpanStyle.BOLD));
        assertThat(fixed.spans().get(2).time()).isEqualTo(Duration.ofSeconds(62));
        assertThat(Proofing.READER.check(r.story(), ProofContext.DEFAULT).safe()).isEmpty();
    }

    @Test
    void aFindingWhoseTextChangedSinceIsNotApplied() {
        Story s = story(Metadata.withHeadline(""), new Paragraph("p1", null, List.of(Span.plain("服務不斷提昇。"))));
        List<Finding> findings = Proofing.READER.check(s, ProofContext.DEFAULT).safe();
        Story edited = story(Metadata.withHeadline(""), new Paragraph("p1", null, List.of(Span.plain("服務不斷進步。"))));
        ProofFixes.Result r = ProofFixes.apply(edited, findings);
        assertThat(r.applied()).isZero();
        assertThat(r.story().paragraphs().get(0).text()).isEqualTo("服務不斷進步。");
    }

    @Test
    void aMissingClosingMarkIsAppended() {
        String text = "我们在全市范围内开展了一次面向中小学生的阅读调查并收集了很多意见";
        Story s = story(Metadata.withHeadline(""), new Paragraph("p1", null, List.of(Span.plain(text))));
        List<Finding> findings = Proofing.READER.check(s, ProofContext.DEFAULT).findings();
        ProofFixes.Result r = ProofFixes.apply(s, findings);
        assertThat(r.story().paragraphs().get(0).text()).isEqualTo(text + "。");
    }

    @Test
    void ignoredAlwaysFindingsAreNotReported() {
        Story s = story(Metadata.withHeadline(""), new Paragraph("p1", null, List.of(Span.plain("服務不斷提昇，英纔輩出。"))));
        Finding first = Proofing.READER.check(s, ProofContext.DEFAULT).safe().get(0);
        ProofContext ctx = ProofContext.DEFAULT.withIgnores(ProofIgnores.NONE.withStory(first.ignoreKey()));
        assertThat(Proofing.READER.check(s, ctx).safe()).extracting(Finding::found).containsExactly("英纔");
    }
}
