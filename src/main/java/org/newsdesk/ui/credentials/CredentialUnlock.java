package org.newsdesk.ui.credentials;

import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * Asks for the master password when delivery targets' secrets live in the encrypted file
 * rather than the OS keyring: at start when the file holds secrets, and before a secret is
 * first kept (creating the file).
 */
public final class CredentialUnlock {

    private final Window owner;
    private final BackgroundTasks tasks;
    private final Messages messages;

    public CredentialUnlock(Window owner, BackgroundTasks tasks, Messages messages) {
        this.owner = owner;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** At start: unlocks the encrypted file if there is one; the keyring needs nothing. */
    public void unlockIfKept(CredentialStore credentials) {
        if (credentials instanceof EncryptedFileCredentialStore file && !file.isUnlocked()) {
            tasks.run(file::exists, exists -> {
                if (exists) {
                    ask(file, false, () -> { });
                }
            }, error -> { });
        }
    }

    /** Runs {@code then} once secrets can be kept: at once for the keyring, after the master password otherwise. */
    public void thenKeepSecrets(CredentialStore credentials, Runnable then) {
        if (credentials instanceof EncryptedFileCredentialStore file && !file.isUnlocked()) {
            tasks.run(file::exists, exists -> ask(file, !exists, then), error -> then.run());
        } else {
            then.run();
        }
    }

    private void ask(EncryptedFileCredentialStore file, boolean creating, Runnable then) {
        MasterPasswordDialog dialog = new MasterPasswordDialog(owner,
                new MasterPasswordViewModel(file, creating, tasks, messages), messages);
        dialog.showAndWait().filter(Boolean.TRUE::equals).ifPresent(unlocked -> then.run());
    }
}
