package org.newsdesk.credentials;

import java.util.Optional;

/**
 * Keeps the secrets of delivery targets (bearer tokens, WebDAV passwords) out of the
 * database and settings files: in the OS keyring where one runs, otherwise in a file
 * encrypted with a master password.
 */
public interface CredentialStore {

    /** The secret stored for a target, if any. */
    Optional<char[]> secret(String targetName);

    /** Stores or replaces a target's secret. */
    void store(String targetName, char[] secret);

    /** Forgets a target's secret; nothing happens if there is none. */
    void remove(String targetName);

    /** Which kind of store this is, as a message key for the UI (e.g. {@code credentials.kind.keyring}). */
    String kindKey();
}
