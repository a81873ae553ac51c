package org.newsdesk.credentials;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets held in memory, for tests only. */
public final class MemoryCredentials implements CredentialStore {

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
        return "sync.credentials.none";
    }
}
