package org.newsdesk.sync;

import java.util.Optional;
import org.newsdesk.credentials.CredentialStore;

/**
 * The credential store of a Newsdesk that was handed none: it holds no secret and refuses to
 * keep one, so targets that need no secret (folders) still work and the others are refused
 * by their server with a clear "credentials" rejection.
 */
public final class NoCredentials implements CredentialStore {

    @Override
    public Optional<char[]> secret(String targetName) {
        return Optional.empty();
    }

    @Override
    public void store(String targetName, char[] secret) {
        throw new SyncException(SyncException.Problem.NO_CREDENTIAL_STORE, targetName);
    }

    @Override
    public void remove(String targetName) {
        // nothing is kept, so nothing to forget
    }

    @Override
    public String kindKey() {
        return "sync.credentials.none";
    }
}
