package org.newsdesk.ui.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import java.time.Instant;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.ui.common.SameThreadTasks;

/** The panel's state without the toolkit: findings replaced row by row, the panel's open state kept. */
class ProofreadingViewModelTest {

    @Test
    void onlyTheFindingsThatDifferAreReplaced() {
        ObservableList<String> list = FXCollections.observableArrayList("a", "b", "c", "d");
        List<String> changes = new ArrayList<>();
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add(c.getFrom() + ":" + c.getRemoved() + "->" + c.getAddedSubList());
            }
        });

        ProofreadingViewModel.replaceChanged(list, List.of("a", "b", "c", "d"));
        assertThat(changes).isEmpty();

        ProofreadingViewModel.replaceChanged(list, List.of("a", "B", "c", "d"));
        assertThat(list).containsExactly("a", "B", "c", "d");
        assertThat(changes).containsExactly("1:[b]->[B]");

        changes.clear();
        ProofreadingViewModel.replaceChanged(list, List.of("a", "B", "x", "y", "d"));
        assertThat(list).containsExactly("a", "B", "x", "y", "d");
        assertThat(changes).containsExactly("2:[c]->[]", "2:[]->[x, y]");

        changes.clear();
        ProofreadingViewModel.replaceChanged(list, List.of("d"));
        assertThat(list).containsExactly("d");
        assertThat(changes).containsExactly("0:[a, B, x, y]->[]");

        ProofreadingViewModel.replaceChanged(list, List.of());
        assertThat(list).isEmpty();
        ProofreadingViewModel.replaceChanged(list, List.of("p", "p"));
        assertThat(list).containsExactly("p", "p");
    }

    @Test
    void thePanelOpensAsItWasLeftAndKeepsEveryLaterChange() {
        SameThreadTasks tasks = new SameThreadTasks();
        List<Boolean> kept = new ArrayList<>();
        ProofreadingViewModel model = model(tasks);
        assertThat(model.panelOpenProperty().get()).isFalse();
        model.rememberPanel(() -> true, kept::add);
        tasks.settle();
        assertThat(model.panelOpenProperty().get()).isTrue();
        assertThat(kept).isEmpty();

        model.panelOpenProperty().set(false);
        assertThat(kept).containsExactly(false);

        // nothing kept: folded
        ProofreadingViewModel fresh = model(tasks);
        fresh.rememberPanel(() -> false, kept::add);
        tasks.settle();
        assertThat(fresh.panelOpenProperty().get()).isFalse();
        // the kept state cannot be read: folded, and later changes are still kept
        ProofreadingViewModel unreadable = model(tasks);
        unreadable.rememberPanel(() -> {
            throw new IllegalStateException("store closed");
        }, kept::add);
        tasks.settle();
        unreadable.panelOpenProperty().set(true);
        assertThat(kept).containsExactly(false, true);
    }

    @Test
    void theOpenStoryIsTakenThenBuiltForTheCheckAndAFindingIgnoredOnceStaysAway() {
        SameThreadTasks tasks = new SameThreadTasks();
        List<String> taken = new ArrayList<>();
        Story story = new Story(java.util.UUID.randomUUID(), "ferry", Status.DRAFT, Metadata.withHeadline("渡輪"),
                List.of(), List.of(Paragraph.narration("這項工作己經完成,提昇了效率。")), 0, 1, Instant.EPOCH, Instant.EPOCH);
        ProofreadingViewModel model = new ProofreadingViewModel(tasks, new Messages(Locale.ENGLISH), () -> {
            taken.add("snapshot");
            return () -> {
                taken.add("built");
                return story;
            };
        }, () -> null, Set::of);

        model.check();
        tasks.settle();
        // the snapshot is taken by check() itself, the story built by the check's work
        assertThat(taken).containsExactly("snapshot", "built");
        assertThat(model.findings()).isNotEmpty();
        assertThat(model.checked().paragraphs()).extracting(Paragraph::id).containsExactly("0");
        int before = model.findings().size();
        Finding ignored = model.findings().get(0);

        model.ignoreOnce(ignored);
        model.check();
        tasks.settle();
        assertThat(model.findings()).hasSize(before - 1).doesNotContain(ignored);
    }

    @Test
    void aCheckAfterTypingInOneParagraphReadsThatParagraphAgainAlone() {
        SameThreadTasks tasks = new SameThreadTasks();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            paragraphs.add(Paragraph.narration(i + "：這項工作己經完成,提昇了效率。"));
        }
        Story[] shown = {story(paragraphs)};
        ProofreadingViewModel model = new ProofreadingViewModel(tasks, new Messages(Locale.ENGLISH),
                () -> () -> shown[0], () -> null, Set::of);
        model.check();
        tasks.settle();
        assertThat(model.paragraphsProofread()).isEqualTo(200);

        paragraphs.set(120, Paragraph.narration("120：這項工作己經完成,,提昇了效率。"));
        shown[0] = story(paragraphs);
        model.check();
        tasks.settle();
        assertThat(model.paragraphsProofread()).isEqualTo(201);
        // what a whole check of the story finds, in the same order
        Story numbered = ProofreadingViewModel.numbered(shown[0]);
        assertThat(model.findings()).isEqualTo(org.newsdesk.proof.Proofreader.shipped()
                .check(numbered, org.newsdesk.proof.ProofContext.DEFAULT).findings());
    }

    private static Story story(List<Paragraph> paragraphs) {
        return new Story(java.util.UUID.randomUUID(), "ferry", Status.DRAFT, Metadata.withHeadline("渡輪"), List.of(),
                List.copyOf(paragraphs), 0, 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static ProofreadingViewModel model(SameThreadTasks tasks) {
        return new ProofreadingViewModel(tasks, new Messages(Locale.ENGLISH), () -> null, () -> null, Set::of);
    }
}
