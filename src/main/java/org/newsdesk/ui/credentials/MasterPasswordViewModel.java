package org.newsdesk.ui.credentials;

import java.util.Arrays;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsdesk.i18n.Messages;
import org.newsdesk.credentials.CredentialErrorText;
import org.newsdesk.credentials.CredentialStoreException;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * Creates or unlocks the encrypted file of saved passwords. The key derivation takes a
 * moment on purpose, so it runs in the background; a wrong password leaves the dialog
 * open with the reason.
 */
public final class MasterPasswordViewModel {

    /** Shortest master password accepted for a new file, in characters (a Chinese one may be short). */
    public static final int MIN_LENGTH = 6;

    private final EncryptedFileCredentialStore store;
    private final boolean creating;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty unlocked = new SimpleBooleanProperty();

    /**
     * @param creating whether the file is to be made (it does not exist yet) rather than unlocked; the
     *                 caller knows from {@link EncryptedFileCredentialStore#exists()}, asked off the FX thread
     */
    public MasterPasswordViewModel(EncryptedFileCredentialStore store, boolean creating, BackgroundTasks tasks,
            Messages messages) {
        this.store = store;
        this.creating = creating;
        this.tasks = tasks;
        this.messages = messages;
    }

    public boolean creating() {
        return creating;
    }

    /** Which store keeps the passwords, for the editor. */
    public String storeInUse() {
        return messages.get("credentials.dialog.inUse", messages.get(store.kindKey()));
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** Becomes true once the store is open. */
    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked;
    }

    /**
     * Creates or unlocks with {@code password}; {@code repeat} must match it when creating.
     * Both arrays are wiped when done.
     */
    public void submit(char[] password, char[] repeat) {
        String problem = check(password, repeat);
        if (problem != null) {
            error.set(problem);
            wipe(password, repeat);
            return;
        }
        error.set("");
        busy.set(true);
        tasks.run(() -> {
            try {
                if (creating) {
                    store.create(password);
                } else {
                    store.unlock(password);
                }
                return Boolean.TRUE;
            } finally {
                wipe(password, repeat);
            }
        }, ok -> {
            busy.set(false);
            unlocked.set(true);
        }, e -> {
            busy.set(false);
            error.set(e instanceof CredentialStoreException c ? CredentialErrorText.describe(c, messages)
                    : messages.get("notice.error", String.valueOf(e.getMessage())));
        });
    }

    private String check(char[] password, char[] repeat) {
        if (password.length == 0) {
            return messages.get("credentials.error.emptyPassword");
        }
        if (!creating) {
            return null;
        }
        if (Character.codePointCount(password, 0, password.length) < MIN_LENGTH) {
            return messages.get("credentials.dialog.tooShort", MIN_LENGTH);
        }
        return Arrays.equals(password, repeat) ? null : messages.get("credentials.dialog.mismatch");
    }

    private static void wipe(char[] password, char[] repeat) {
        Arrays.fill(password, '\0');
        Arrays.fill(repeat, '\0');
    }
}
