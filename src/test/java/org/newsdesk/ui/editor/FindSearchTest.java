package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.ui.common.SameThreadTasks;

/** The find bar's search without a window: short stories at once, long ones once typing pauses. */
class FindSearchTest {

    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<FindSearch.Outcome> shown = new ArrayList<>();
    private final FindSearch search = new FindSearch(tasks, shown::add);

    private static String longStory() {
        return "渡輪清晨六點開出，碼頭上已經排滿了人。".repeat(FindSearch.AT_ONCE_CHARS / 10);
    }

    @Test
    void aShortStoryIsCountedAtEveryKeystroke() {
        String text = "發展眼光看發展\n發展才是硬道理";
        search.ask("發", false, false, "", text.length(), () -> text);
        search.ask("發展", false, false, "", text.length(), () -> text);

        assertThat(shown).extracting(o -> o.matches().size()).containsExactly(3, 3);
        assertThat(search.current()).isTrue();
        assertThat(tasks.timerRunning()).isFalse();
    }

    @Test
    void aLongStoryIsSearchedOnceTypingPausesWithTheLastQuery() {
        String text = longStory();
        int[] reads = new int[1];
        search.ask("渡", false, false, "", text.length(), () -> {
            reads[0]++;
            return text;
        });
        search.ask("渡輪", false, false, "", text.length(), () -> {
            reads[0]++;
            return text;
        });
        tasks.advance(FindSearch.PAUSE.minusMillis(1));
        assertThat(shown).isEmpty();
        assertThat(search.current()).isFalse();

        tasks.advance(java.time.Duration.ofMillis(1));

        assertThat(reads[0]).isOne();
        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).matches()).hasSize(FindSearch.AT_ONCE_CHARS / 10);
        assertThat(search.current()).isTrue();
    }

    @Test
    void aCommandGetsTheMatchesAtOnceAndThePausedSearchDoesNotRunAgain() {
        String text = longStory();
        search.ask("碼頭", false, false, "", text.length(), () -> text);

        search.now();
        assertThat(shown).hasSize(1);
        tasks.advance(FindSearch.PAUSE.multipliedBy(2));

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).matches()).isNotEmpty();
    }

    @Test
    void aBadPatternIsToldAtOnceEvenInALongStory() {
        String text = longStory();
        search.ask("(", true, false, "", text.length(), () -> text);

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).problem()).isNotBlank();
        assertThat(shown.get(0).matches()).isEmpty();
        assertThat(tasks.timerRunning()).isFalse();
    }

    @Test
    void clearingTheQueryCancelsAPausedSearch() {
        String text = longStory();
        search.ask("渡輪", false, false, "", text.length(), () -> text);
        search.ask("", false, false, "", text.length(), () -> text);
        tasks.advance(FindSearch.PAUSE.multipliedBy(2));

        assertThat(shown).hasSize(1);
        assertThat(shown.get(0).matches()).isEmpty();
        assertThat(shown.get(0).problem()).isNull();
    }
}
