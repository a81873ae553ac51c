package org.newsdesk.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.newsdesk.i18n.Messages;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.credentials.CredentialStoreException;
import org.newsdesk.credentials.CredentialStoreSelector;
import org.newsdesk.credentials.EncryptedFileCredentialStore;

/**
 * The credential store of the command line: the OS keyring where one answers, otherwise the
 * encrypted file, opened when a secret is first needed with the master password from
 * {@value #PASSWORD_VARIABLE} or typed at the console (never an argument, which other users
 * could see in the process list).
 */
final class CommandLineCredentials implements CredentialStore {

    static final String PASSWORD_VARIABLE = "NEWSDESK_MASTER_PASSWORD";

    private final EncryptedFileCredentialStore file;
    private final Messages messages;

    private CommandLineCredentials(EncryptedFileCredentialStore file, Messages messages) {
        this.file = file;
        this.messages = messages;
    }

    static CredentialStore forDataFolder(Path dataFolder, Messages messages) {
        CredentialStore chosen = CredentialStoreSelector.forThisMachine(dataFolder).select();
        return chosen instanceof EncryptedFileCredentialStore file ? new CommandLineCredentials(file, messages) : chosen;
    }

    @Override
    public Optional<char[]> secret(String targetName) {
        if (file.exists()) {
            open(false);
        }
        return file.secret(targetName);
    }

    @Override
    public void store(String targetName, char[] secret) {
        open(!file.exists());
        file.store(targetName, secret);
    }

    @Override
    public void remove(String targetName) {
        if (file.exists()) {
            open(false);
        }
        file.remove(targetName);
    }

    @Override
    public String kindKey() {
        return file.kindKey();
    }

    private void open(boolean creating) {
        if (file.isUnlocked()) {
            return;
        }
        char[] password = masterPassword(creating);
        try {
            if (creating) {
                file.create(password);
            } else {
                file.unlock(password);
            }
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] masterPassword(boolean creating) {
        String given = System.getenv(PASSWORD_VARIABLE);
        if (given != null && !given.isEmpty()) {
            return given.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new CredentialStoreException(CredentialStoreException.Problem.LOCKED, file.file(),
                    "no console to ask for the master password and " + PASSWORD_VARIABLE + " is not set");
        }
        char[] password = console.readPassword("%s: ", messages.get("credentials.dialog.password"));
        if (creating) {
            char[] repeat = console.readPassword("%s: ", messages.get("credentials.dialog.repeat"));
            boolean same = password != null && Arrays.equals(password, repeat);
            if (repeat != null) {
                Arrays.fill(repeat, '\0');
            }
            if (!same) {
                throw new IllegalArgumentException(messages.get("credentials.dialog.mismatch"));
            }
        }
        return password == null ? new char[0] : password;
    }
}
