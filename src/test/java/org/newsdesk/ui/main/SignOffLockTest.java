package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.newsdesk.ui.main.SignOffLock.Decision;

/** Locked copy's rules, without the toolkit. */
class SignOffLockTest {

    private final AtomicBoolean locked = new AtomicBoolean(true);
    private final SignOffLock<String> lock = new SignOffLock<>(locked::get);

    @Test
    void copyThatIsNotLockedIsEditedFreely() {
        locked.set(false);
        assertThat(lock.edit("改")).isEqualTo(Decision.PASS);
    }

    @Test
    void theFirstEditAsksAndEditsWhileAskingAreHeldAndReplayedInOrderOnConfirm() {
        assertThat(lock.edit("新")).isEqualTo(Decision.ASK);
        assertThat(lock.edit("闻")).isEqualTo(Decision.HOLD);
        assertThat(lock.asking()).isTrue();

        assertThat(lock.confirmed()).containsExactly("新", "闻");
        // the story is still Approved until the store sends it back: the next keystroke must not ask again
        assertThat(lock.edit("稿")).isEqualTo(Decision.PASS);
    }

    @Test
    void cancelDropsTheHeldEditsAndDoesNotAskAgainUntilTheStoryIsOpenedAgain() {
        assertThat(lock.edit("a")).isEqualTo(Decision.ASK);
        lock.cancelled();
        assertThat(lock.edit("b")).isEqualTo(Decision.DROP);
        assertThat(lock.edit("c")).isEqualTo(Decision.DROP);

        lock.reset();
        assertThat(lock.edit("d")).isEqualTo(Decision.ASK);
        assertThat(lock.confirmed()).containsExactly("d");
    }

    @Test
    void theSectionsButtonAsksAgainAfterACancel() {
        assertThat(lock.edit("a")).isEqualTo(Decision.ASK);
        assertThat(lock.ask()).isFalse();
        lock.cancelled();
        assertThat(lock.ask()).isTrue();
        assertThat(lock.confirmed()).isEmpty();
        assertThat(lock.edit("b")).isEqualTo(Decision.PASS);
    }

    @Test
    void openingAnotherStoryForgetsAConfirm() {
        lock.edit("a");
        lock.confirmed();
        lock.reset();
        assertThat(lock.edit("b")).isEqualTo(Decision.ASK);
    }
}
