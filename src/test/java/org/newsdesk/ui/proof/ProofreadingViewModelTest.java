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
import org.newsdesk.i18n.Messages;
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

    private static ProofreadingViewModel model(SameThreadTasks tasks) {
        return new ProofreadingViewModel(tasks, new Messages(Locale.ENGLISH), () -> null, () -> null, Set::of);
    }
}
