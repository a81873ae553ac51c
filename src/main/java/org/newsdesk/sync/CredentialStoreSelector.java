package org.newsdesk.sync;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses where delivery targets' secrets live: the OS keyring when a Secret Service
 * answers, otherwise {@value EncryptedFileCredentialStore#FILE_NAME} in the data folder,
 * which the editor unlocks with a master password. The chosen store's
 * {@link CredentialStore#kindKey()} tells the UI which one is in use.
 */
public final class CredentialStoreSelector {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialStoreSelector.class);

    private final SecretServiceCredentialStore keyring;
    private final Path dataFolder;

    public CredentialStoreSelector(SecretServiceCredentialStore keyring, Path dataFolder) {
        this.keyring = keyring;
        this.dataFolder = dataFolder;
    }

    /** Asks the keyring (a few seconds at most: call it off the FX thread) and returns the store to use. */
    public CredentialStore select() {
        if (keyring.isAvailable()) {
            LOG.info("credentials: OS keyring (Secret Service)");
            return keyring;
        }
        Path file = dataFolder.resolve(EncryptedFileCredentialStore.FILE_NAME);
        LOG.info("credentials: no keyring answers, encrypted file {}", file);
        return new EncryptedFileCredentialStore(file);
    }
}
