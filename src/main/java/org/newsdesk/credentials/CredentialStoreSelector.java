package org.newsdesk.credentials;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where delivery targets' secrets live: the operating system's keyring where one
 * answers — the Windows Credential Manager on Windows, the Keychain on macOS, a Secret
 * Service (GNOME Keyring, KWallet) elsewhere — otherwise
 * {@value EncryptedFileCredentialStore#FILE_NAME} in the data folder, which the editor
 * unlocks with a master password. The chosen store's {@link CredentialStore#kindKey()}
 * tells the UI which one is in use.
 *
 * <p>Only the keyring of the named operating system is created: the Windows store (and
 * with it JNA) is never loaded unless {@code os.name} starts with "Windows", and
 * {@code /usr/bin/security} is only run on a Mac.
 */
public final class CredentialStoreSelector {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStoreSelector.class);

    private final String osName;
    private final Supplier<? extends OsCredentialStore> secretService;
    private final Supplier<? extends OsCredentialStore> keychain;
    private final Supplier<? extends OsCredentialStore> credentialManager;
    private final Path dataFolder;

    /**
     * @param osName            the {@code os.name} to choose for ("Linux", "Mac OS X", "Windows 11", ...)
     * @param secretService     the Secret Service store, asked on any system but Windows and macOS
     * @param keychain          the macOS Keychain store, asked only on macOS
     * @param credentialManager the Windows Credential Manager store, created only on Windows
     * @param dataFolder        where the encrypted file goes when no keyring answers
     */
    public CredentialStoreSelector(String osName, Supplier<? extends OsCredentialStore> secretService,
            Supplier<? extends OsCredentialStore> keychain, Supplier<? extends OsCredentialStore> credentialManager,
            Path dataFolder) {
        this.osName = osName == null ? "" : osName;
        this.secretService = secretService;
        this.keychain = keychain;
        this.credentialManager = credentialManager;
        this.dataFolder = dataFolder;
    }

    /** The desktop session's keyrings, for the named operating system. */
    public static CredentialStoreSelector forOs(String osName, Path dataFolder) {
        // lambdas, not method references: the stores' classes load only when one is asked for
        return new CredentialStoreSelector(osName, () -> SecretServiceCredentialStore.ofSession(),
                () -> MacKeychainCredentialStore.ofSession(), () -> WindowsCredentialStore.ofSession(), dataFolder);
    }

    /** The desktop session's keyrings, for the system this runs on. */
    public static CredentialStoreSelector forThisMachine(Path dataFolder) {
        return forOs(System.getProperty("os.name"), dataFolder);
    }

    /** Asks the keyring (a few seconds at most: call it off the FX thread) and returns the store to use. */
    public CredentialStore select() {
        OsCredentialStore keyring;
        if (osName.startsWith("Windows")) {
            keyring = credentialManager.get();
        } else if (osName.startsWith("Mac")) {
            keyring = keychain.get();
        } else {
            keyring = secretService.get();
        }
        if (keyring.isAvailable()) {
            LOG.info("credentials on {}: {}", osName, keyring.kindKey());
            return keyring;
        }
        Path file = dataFolder.resolve(EncryptedFileCredentialStore.FILE_NAME);
        LOG.info("credentials on {}: no keyring answers, encrypted file {}", osName, file);
        return new EncryptedFileCredentialStore(file);
    }
}
