package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

class NameRuleTest {

    private static Story interview(String editor, String... paragraphs) {
        List<Speaker> roster = List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("guest1", "韩宝纯", "韩宝纯", "市文旅局副局长", SpeakerRole.GUEST));
        List<Paragraph> ps = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            ps.add(Paragraph.of("guest1", p));
        }
        return new Story(UUID.randomUUID(), "s", Status.DRAFT, Metadata.withHeadline("韩宝纯谈文旅").withEditor(editor),
                roster, ps, 0, 0, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void theSamePersonWrittenTwoWaysIsFlagged() {
        Story s = interview("", "谢谢主持人。", "正如韩宝淳同志所说，我们还要努力。");
        List<Finding> found = Proofing.READER.check(s, ProofContext.DEFAULT).of(ProofCategory.NAMES);
        assertThat(found).extracting(Finding::found).containsExactly("韩宝淳");
        assertThat(found.get(0).suggestion()).isEqualTo("韩宝纯");
        assertThat(found.get(0).ruleId()).isEqualTo(NameRule.IN_STORY);
    }

    @Test
    void aNameLikeOneInTheDirectoryIsFlaggedAgainstIt() {
        Story s = interview("周令佩", "谢谢主持人。");
        ProofContext ctx = new ProofContext(Set.of("周令沛"), null, ProofIgnores.NONE);
        List<Finding> found = Proofing.READER.check(s, ctx).of(ProofCategory.NAMES);
        assertThat(found).extracting(Finding::found).containsExactly("周令佩");
        assertThat(found.get(0).field()).isEqualTo(ProofField.EDITOR);
        assertThat(found.get(0).ruleId()).isEqualTo(NameRule.DIRECTORY);
    }

    @Test
    void differentPeopleAndUnrelatedWordsAreNotFlagged() {
        // 韩宝春: 春 does not sound like 纯 in the list; 韩宝淳 is a second known person in the directory
        Story s = interview("周令沛", "韩宝春也来了。", "韩宝纯说得好。", "韩宝淳同志补充了几点。", "宝纯的意见很好。");
        ProofContext ctx = new ProofContext(Set.of("韩宝淳", "周令沛"), null, ProofIgnores.NONE);
        assertThat(Proofing.READER.check(s, ctx).of(ProofCategory.NAMES)).isEmpty();
        // and a roster of roles only knows no names
        assertThat(Proofreader.storyNames(interview(""))).containsExactly("韩宝纯");
    }
}
