package org.newsdesk.ui.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.SameThreadTasks;

/** The master password dialog's model without a window: checks, create, wrong and right unlock, wiping. */
class MasterPasswordViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    /** Few key-derivation rounds: the test is about the dialog, not the cipher's cost. */
    private static final int ROUNDS = 1_000;

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();

    @Test
    void aNewFileNeedsALongEnoughPasswordTypedTwiceTheSame() {
        EncryptedFileCredentialStore file = new EncryptedFileCredentialStore(dir.resolve("secrets.enc"), ROUNDS);
        MasterPasswordViewModel dialog = new MasterPasswordViewModel(file, true, tasks, ENGLISH);

        dialog.submit("渡輪".toCharArray(), "渡輪".toCharArray());
        assertThat(dialog.errorProperty().get()).isEqualTo(ENGLISH.get("credentials.dialog.tooShort",
                MasterPasswordViewModel.MIN_LENGTH));
        dialog.submit("harbour-ferry".toCharArray(), "harbour-ferri".toCharArray());
        assertThat(dialog.errorProperty().get()).isEqualTo(ENGLISH.get("credentials.dialog.mismatch"));
        assertThat(file.exists()).isFalse();

        char[] password = "harbour-ferry".toCharArray();
        char[] repeat = "harbour-ferry".toCharArray();
        dialog.submit(password, repeat);

        assertThat(dialog.errorProperty().get()).isEmpty();
        assertThat(dialog.unlockedProperty().get()).isTrue();
        assertThat(dialog.busyProperty().get()).isFalse();
        assertThat(file.exists()).isTrue();
        assertThat(new String(password)).as("wiped").isEqualTo("\0".repeat(13));
        assertThat(new String(repeat)).as("wiped").isEqualTo("\0".repeat(13));
    }

    @Test
    void aWrongPasswordIsToldAndTheRightOneUnlocks() {
        EncryptedFileCredentialStore made = new EncryptedFileCredentialStore(dir.resolve("secrets.enc"), ROUNDS);
        made.create("harbour-ferry".toCharArray());
        EncryptedFileCredentialStore file = new EncryptedFileCredentialStore(dir.resolve("secrets.enc"), ROUNDS);
        MasterPasswordViewModel dialog = new MasterPasswordViewModel(file, false, tasks, ENGLISH);

        dialog.submit("night-market".toCharArray(), new char[0]);
        assertThat(dialog.unlockedProperty().get()).isFalse();
        assertThat(dialog.errorProperty().get()).isNotEmpty();

        dialog.submit("harbour-ferry".toCharArray(), new char[0]);

        assertThat(dialog.errorProperty().get()).isEmpty();
        assertThat(dialog.unlockedProperty().get()).isTrue();
        assertThat(file.isUnlocked()).isTrue();
    }
}
