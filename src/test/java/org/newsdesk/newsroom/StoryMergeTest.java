package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

class StoryMergeTest {

    private static final UUID ID = UUID.fromString("6f1c2a9e-0000-4000-8000-00000000a001");
    private static final Paragraph P1 = new Paragraph("p1", "host", List.of(Span.plain("请介绍一下今年的新做法。")));
    private static final Paragraph P2 = new Paragraph("p2", "guest", List.of(Span.plain("我们在三个街道试点了夜间图书室。")));
    private static final Paragraph P3 = new Paragraph("p3", "guest", List.of(Span.plain("读者反映很好，下半年还要扩大。")));
    private static final Paragraph P4 = new Paragraph("p4", "host", List.of(Span.plain("谢谢您接受采访。")));
    private static final Speaker HOST = new Speaker("host", "主持人", "", "", SpeakerRole.HOST);
    private static final Speaker GUEST = new Speaker("guest", "周文清", "周文清", "区文化馆馆长", SpeakerRole.GUEST);

    private static Story story(Metadata m, List<Speaker> roster, Paragraph... paragraphs) {
        return new Story(ID, "ye-jian-tu-shu-shi", Status.DRAFT, m, roster, List.of(paragraphs), 0, 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Story story(Paragraph... paragraphs) {
        return story(Metadata.withHeadline("夜间图书室开到家门口"), List.of(HOST, GUEST), paragraphs);
    }

    private static Paragraph text(Paragraph p, String text) {
        return new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start());
    }

    @Test
    void differentParagraphsEditedOnEachSideBothLand() {
        Story base = story(P1, P2, P3);
        Story mine = story(text(P1, "请您介绍一下今年的新做法。"), P2, P3);
        Story theirs = story(P1, P2, text(P3, "读者反映很好。"));
        StoryMerge.Result r = StoryMerge.merge(base, mine, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.story().paragraphs()).extracting(Paragraph::text)
                .containsExactly("请您介绍一下今年的新做法。", P2.text(), "读者反映很好。");
    }

    @Test
    void theSameParagraphMergesCharacterByCharacterWhenEditsDoNotOverlap() {
        Story base = story(P1, P2);
        Story mine = story(P1, text(P2, "去年起，我们在三个街道试点了夜间图书室。"));
        Story theirs = story(P1, text(P2, "我们在三个街道试点了夜间图书室，每晚开到十点。"));
        StoryMerge.Result r = StoryMerge.merge(base, mine, theirs);
        assertThat(r.clean()).isTrue();
        assertThat(r.story().paragraphs().get(1).text()).isEqualTo("去年起，我们在三个街道试点了夜间图书室，每晚开到十点。");
        assertThat(r.story().paragraphs().get(1).id()).isEqualTo("p2");
    }

    @Test
    void overlappingEditsKeepMineInTheStoryAndEveryVersionInTheConflict() {
        Story base = story(P1, P2);
        Paragraph mine2 = text(P2, "我们在五个街道试点了夜间图书室。");
        Paragraph theirs2 = text(P2, "我们在四个街道试点了夜间图书室。");
        StoryMerge.Result r = StoryMerge.merge(base, story(P1, mine2), story(P1, theirs2));
        assertThat(r.clean()).isFalse();
        assertThat(r.paragraphConflicts()).containsExactly(new ParagraphConflict("p2", P2, mine2, theirs2));
        assertThat(r.story().paragraphs()).containsExactly(P1, mine2);
    }

    @Test
    void insertionsDeletionsAndMovesOnBothSidesCombine() {
        Story base = story(P1, P2, P3, P4);
        Paragraph mineNew = new Paragraph("m1", "host", List.of(Span.plain("经费从哪里来？")));
        Paragraph theirsNew = new Paragraph("t1", "guest", List.of(Span.plain("志愿者每晚轮流值班。")));
        Story mine = story(P1, P2, mineNew, P3, P4);              // mine inserts after p2
        Story theirs = story(P4, P1, P2, P3, theirsNew);         // theirs moves p4 first, appends
        theirs = story(P1, P3, P2, theirsNew, P4);               // theirs swaps p2/p3 and inserts before p4
        StoryMerge.Result r = StoryMerge.merge(base, mine, theirs);
        assertThat(r.story().paragraphs()).extracting(Paragraph::id)
                .containsExactlyInAnyOrder("p1", "p2", "p3", "p4", "m1", "t1");
        assertThat(r.story().paragraphs().get(0).id()).isEqualTo("p1");

        Story deleting = story(P1, P3, P4);                       // mine deletes p2
        Story appending = story(P1, P2, P3, P4, theirsNew);      // theirs appends
        assertThat(StoryMerge.merge(base, deleting, appending).story().paragraphs()).extracting(Paragraph::id)
                .containsExactly("p1", "p3", "p4", "t1");
    }

    @Test
    void aParagraphDeletedOnOneSideAndChangedOnTheOtherIsKeptWithTheChange() {
        Story base = story(P1, P2, P3);
        Story mine = story(P1, P3);
        Paragraph changed = text(P2, "我们在三个街道试点了夜间图书室，还有流动书车。");
        Story theirs = story(P1, changed, P3);
        StoryMerge.Result r = StoryMerge.merge(base, mine, theirs);
        assertThat(r.story().paragraphs()).containsExactly(P1, changed, P3);
        // the other way round too
        assertThat(StoryMerge.merge(base, theirs, mine).story().paragraphs()).containsExactly(P1, changed, P3);
    }

    @Test
    void stylesMergeWithTheTextAndASpeakerChangeOnOneSideLands() {
        Paragraph base = new Paragraph("p9", "guest", List.of(Span.plain("这个项目花了三年时间。")));
        Paragraph mine = new Paragraph("p9", "guest", List.of(Span.plain("这个项目花了"),
                Span.styled("三年", SpanStyle.BOLD), Span.plain("时间。")));
        Paragraph theirs = new Paragraph("p9", "host", List.of(Span.plain("这个项目花了三年时间，很不容易。")));
        ParagraphMerge.Outcome o = ParagraphMerge.merge(base, mine, theirs);
        assertThat(o.clean()).isTrue();
        assertThat(o.paragraph()).isEqualTo(new Paragraph("p9", "host", List.of(Span.plain("这个项目花了"),
                Span.styled("三年", SpanStyle.BOLD), Span.plain("时间，很不容易。"))));
    }

    @Test
    void speakerChangedDifferentlyOnBothSidesIsAConflict() {
        Paragraph mine = P2.withSpeaker("host");
        Paragraph theirs = P2.withSpeaker(null);
        assertThat(ParagraphMerge.merge(P2, mine, theirs).conflict()).isEqualTo(new ParagraphConflict("p2", P2, mine, theirs));
    }

    @Test
    void metadataFieldsAndRosterEntriesMergeFieldByField() {
        Metadata base = Metadata.withHeadline("夜间图书室开到家门口");
        Metadata mine = new Metadata("夜间图书室开到了家门口", "", "", "", "区融媒体中心", List.of(), "", null, null,
                List.of(), List.of(), null, "", null);
        Metadata theirs = new Metadata("夜间图书室开到家门口", "", "", "三个街道试点一年", "", List.of(), "", null, null,
                List.of(), List.of(), null, "", null);
        Speaker guestRetitled = new Speaker("guest", "周文清", "周文清", "区文化馆副馆长", SpeakerRole.GUEST);
        Speaker guestRelabelled = new Speaker("guest", "周馆长", "周文清", "区文化馆馆长", SpeakerRole.GUEST);
        Speaker extra = new Speaker("guest2", "陈立", "陈立", "志愿者", SpeakerRole.GUEST);
        StoryMerge.Result r = StoryMerge.merge(story(P1), story(mine, List.of(HOST, guestRetitled), P1),
                story(theirs, List.of(HOST, guestRelabelled, extra), P1));
        assertThat(r.clean()).isTrue();
        Metadata m = r.story().metadata();
        assertThat(m.headline()).isEqualTo("夜间图书室开到了家门口");
        assertThat(m.source()).isEqualTo("区融媒体中心");
        assertThat(m.summary()).isEqualTo("三个街道试点一年");
        assertThat(r.story().speakers()).containsExactly(HOST,
                new Speaker("guest", "周馆长", "周文清", "区文化馆副馆长", SpeakerRole.GUEST), extra);
    }

    @Test
    void theSameMetadataFieldChangedDifferentlyKeepsMineAndRecordsTheirs() {
        Metadata mine = Metadata.withHeadline("图书室夜里也开门");
        Metadata theirs = Metadata.withHeadline("夜读有了好去处");
        StoryMerge.Result r = StoryMerge.merge(story(P1), story(mine, List.of(HOST, GUEST), P1),
                story(theirs, List.of(HOST, GUEST), P1));
        assertThat(r.story().metadata().headline()).isEqualTo("图书室夜里也开门");
        assertThat(r.fieldConflicts()).containsExactly(
                new StoryMerge.FieldConflict("metadata.headline", "夜间图书室开到家门口", "图书室夜里也开门", "夜读有了好去处"));
    }

    @Test
    void orderMergeNeverDuplicatesAndKeepsEveryLiveId() {
        java.util.Random random = new java.util.Random(16L);
        for (int round = 0; round < 500; round++) {
            List<String> base = new ArrayList<>();
            for (int i = 0, n = random.nextInt(8); i < n; i++) {
                base.add("b" + i);
            }
            List<String> mine = shuffleEdit(base, random, "m" + round);
            List<String> theirs = shuffleEdit(base, random, "t" + round);
            List<String> out = StoryMerge.mergeOrder(base, mine, theirs, Set.of());
            assertThat(out).doesNotHaveDuplicates();
            for (String id : mine) {
                if (!base.contains(id) || theirs.contains(id)) {
                    assertThat(out).contains(id);
                }
            }
            for (String id : base) {
                if (!mine.contains(id) || !theirs.contains(id)) {
                    assertThat(out).doesNotContain(id);
                }
            }
        }
    }

    private static List<String> shuffleEdit(List<String> base, java.util.Random random, String fresh) {
        List<String> out = new ArrayList<>(base);
        if (!out.isEmpty() && random.nextBoolean()) {
            out.remove(random.nextInt(out.size()));
        }
        if (out.size() > 1 && random.nextBoolean()) {
            String moved = out.remove(random.nextInt(out.size()));
            out.add(random.nextInt(out.size() + 1), moved);
        }
        if (random.nextBoolean()) {
            out.add(random.nextInt(out.size() + 1), fresh);
        }
        return out;
    }
}
