package org.newsdesk.sync;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the delivery target for a target's settings: the HTTP bundle API and folders; each
 * further kind (WebDAV) is one more line in the constructor.
 */
public final class TargetFactory {

    private final Map<TargetKind, Function<TargetSettings, DeliveryTarget>> builders = new EnumMap<>(TargetKind.class);

    /** @param credentials where bearer tokens and passwords are kept */
    public TargetFactory(CredentialStore credentials) {
        this(credentials, HttpBundleTarget.CONNECT_TIMEOUT, HttpBundleTarget.ANSWER_TIMEOUT);
    }

    /**
     * @param connectTimeout how long an HTTP target waits for a connection
     * @param answerTimeout  how long an HTTP upload and its answer may take in all
     */
    public TargetFactory(CredentialStore credentials, Duration connectTimeout, Duration answerTimeout) {
        builders.put(TargetKind.HTTP, settings -> HttpBundleTarget.create(settings, credentials, connectTimeout,
                answerTimeout));
        builders.put(TargetKind.FOLDER, FolderTarget::create);
    }

    /** The target, or empty when this build cannot deliver to {@code settings}' kind. */
    public Optional<DeliveryTarget> create(TargetSettings settings) {
        Function<TargetSettings, DeliveryTarget> builder = builders.get(settings.kind());
        return builder == null ? Optional.empty() : Optional.of(builder.apply(settings));
    }
}
