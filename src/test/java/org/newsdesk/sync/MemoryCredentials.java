package org.newsdesk.sync;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.credentials.CredentialStore;

/** Secrets held in memory, for tests only. */
final class MemoryCredentials implements CredentialStore {

    private final Map<String, char[]> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<char[]> secret(String targetName) {
        return Optional.ofNullable(secrets.get(targetName)).map(char[]::clone);
    }

    @Override
    public void store(String targetName, char[] secret) {
        secrets.put(targetName, secret.clone());
    }

    @Override
    public void remove(String targetName) {
        secrets.remove(targetName);
    }

    @Override
    public String kindKey() {
        return "credentials.kind.memory";
    }
}
