package org.newsdesk.sync;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.store.SavedTarget;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.TargetRepository;

/**
 * The configured delivery targets: adding and removing them (settings in the store, the secret
 * in the credential store) and the live {@link DeliveryTarget} for each, built once and kept
 * (an HTTP target keeps its connections).
 */
public final class Targets {

    private final TargetRepository repository;
    private final CredentialStore credentials;
    private final TargetFactory factory;
    private final Map<String, DeliveryTarget> live = new ConcurrentHashMap<>();

    public Targets(TargetRepository repository, CredentialStore credentials, TargetFactory factory) {
        this.repository = repository;
        this.credentials = credentials;
        this.factory = factory;
    }

    public List<TargetSettings> list() {
        return repository.list().stream().map(Targets::settings).toList();
    }

    public Optional<TargetSettings> find(String name) {
        return repository.find(name).map(Targets::settings);
    }

    /**
     * Adds a target after checking its name and location; {@code secret} (may be empty) goes to
     * the credential store, never to the store. The secret is kept first, so a credential store
     * that refuses it leaves no target behind that could never deliver.
     */
    public void add(TargetSettings settings, char[] secret) {
        String name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty() || name.length() > 80 || name.chars().anyMatch(Character::isISOControl)) {
            throw new SyncException(SyncException.Problem.BAD_NAME, name);
        }
        checkLocation(settings.kind(), settings.location());
        if (repository.find(name).isPresent()) {
            throw new SyncException(SyncException.Problem.DUPLICATE_TARGET, name);
        }
        boolean withSecret = secret != null && secret.length > 0;
        if (withSecret && settings.kind() == TargetKind.HTTP && !headerSafe(secret)) {
            throw new SyncException(SyncException.Problem.BAD_TOKEN, name);
        }
        if (withSecret) {
            credentials.store(name, secret);
        }
        try {
            repository.add(new SavedTarget(name, settings.kind().name(), settings.location().strip(),
                    settings.username(), settings.caCertificate() == null ? null : settings.caCertificate().toString()));
        } catch (StoreException e) {
            if (withSecret) {
                credentials.remove(name);
            }
            if (e.problem() == StoreException.Problem.INVALID) {
                throw new SyncException(SyncException.Problem.BAD_LOCATION, settings.location());
            }
            throw e;
        }
        live.remove(name);
    }

    /** Removes a target and forgets its secret; its queued entries stay and are refused when due. */
    public void remove(String name) {
        if (!repository.remove(name)) {
            throw new SyncException(SyncException.Problem.UNKNOWN_TARGET, name);
        }
        credentials.remove(name);
        live.remove(name);
    }

    /** The target to deliver to, or empty when it is not configured or this build has no delivery for its kind. */
    public Optional<DeliveryTarget> target(String name) {
        DeliveryTarget known = live.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<DeliveryTarget> built = find(name).flatMap(factory::create);
        built.ifPresent(t -> live.put(name, t));
        return built;
    }

    /** A bearer token goes into an HTTP header: visible ASCII only. */
    private static boolean headerSafe(char[] token) {
        for (char c : token) {
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    static void checkLocation(TargetKind kind, String location) {
        String value = location == null ? "" : Redaction.location(location.strip());
        if (value.isEmpty() || value.chars().anyMatch(Character::isISOControl)) {
            throw new SyncException(SyncException.Problem.BAD_LOCATION, value);
        }
        if (kind == TargetKind.FOLDER) {
            try {
                Path.of(value);
            } catch (InvalidPathException e) {
                throw new SyncException(SyncException.Problem.BAD_LOCATION, value);
            }
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new SyncException(SyncException.Problem.BAD_LOCATION, value);
            }
        } catch (URISyntaxException e) {
            throw new SyncException(SyncException.Problem.BAD_LOCATION, value);
        }
    }

    private static TargetSettings settings(SavedTarget t) {
        return new TargetSettings(t.name(), TargetKind.valueOf(t.kind()), t.location(), t.username(),
                t.caCertificate() == null ? null : Path.of(t.caCertificate()));
    }
}
