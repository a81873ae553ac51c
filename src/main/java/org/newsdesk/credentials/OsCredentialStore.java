package org.newsdesk.credentials;

/** A credential store kept by the operating system (a keyring), which may not answer on every machine. */
public interface OsCredentialStore extends CredentialStore {

    /** Whether the store answers here; may take a few seconds, so ask off the FX thread. */
    boolean isAvailable();
}
