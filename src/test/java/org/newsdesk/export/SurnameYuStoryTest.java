package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** 于 as a surname across a story: the roster, the bylines and names found elsewhere in the text keep it 于. */
class SurnameYuStoryTest {

    private static final ScriptConverter CONVERTER = ScriptConverter.standard();

    private static Story story(List<Speaker> speakers, List<String> authors, String... paragraphs) {
        Metadata m = Metadata.withHeadline("专访").withAuthors(authors);
        return new Story(UUID.randomUUID(), "yu", Status.READY, m, speakers,
                java.util.Arrays.stream(paragraphs).map(t -> Paragraph.of("guest", t)).toList(), 1, 1, Instant.EPOCH,
                Instant.EPOCH);
    }

    private static List<String> traditional(Story story) {
        return ScriptedStory.convert(story, Script.HANT, CONVERTER).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void aNameOnTheRosterKeepsItsSurnameWhereverItAppears() {
        Story s = story(List.of(new Speaker("guest", "于文华", "于文华", "市科委主任", SpeakerRole.GUEST)), List.of(),
                "据于文华介绍，关于文化建设的意见已于近日下发。", "我们再次采访了于文华。");
        assertThat(traditional(s)).containsExactly("據于文華介紹，關於文化建設的意見已於近日下發。", "我們再次採訪了于文華。");
    }

    @Test
    void aNameTheTextShowsInOneParagraphIsANameInTheOthers() {
        Story s = story(List.of(), List.of(), "记者于文华报道。", "据于文华回忆，这里位于城北。");
        assertThat(traditional(s)).containsExactly("記者于文華報道。", "據于文華回憶，這裡位於城北。");
    }

    @Test
    void aBylineCounts() {
        Story s = story(List.of(), List.of("于海燕"), "本文作者于海燕，数据由于天气原因未能更新。");
        assertThat(traditional(s)).containsExactly("本文作者于海燕，數據由於天氣原因未能更新。");
    }

    @Test
    void withoutAPersonTheWordsEndingIn于StayPrepositions() {
        Story s = story(List.of(), List.of(), "由于天气原因，活动改于明天举行。", "关于文化的讨论终于结束。");
        assertThat(traditional(s)).containsExactly("由於天氣原因，活動改於明天舉行。", "關於文化的討論終於結束。");
    }
}
