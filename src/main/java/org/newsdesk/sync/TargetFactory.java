package org.newsdesk.sync;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsdesk.credentials.CredentialStore;

/**
 * Builds the delivery target for a target's settings: the HTTP bundle API, a WebDAV upload
 * folder or a folder. Both network kinds get a client with the system's TLS trust plus the
 * target's newsroom CA certificate, if it has one.
 */
public final class TargetFactory {

    private final Map<TargetKind, Function<TargetSettings, DeliveryTarget>> builders = new EnumMap<>(TargetKind.class);

    /**
     * @param credentials where bearer tokens and passwords are kept
     */
    public TargetFactory(CredentialStore credentials) {
        this(credentials, TlsContexts.CONNECT_TIMEOUT, HttpBundleTarget.ANSWER_TIMEOUT);
    }

    /**
     * @param connectTimeout how long a network target waits for a connection
     * @param answerTimeout  how long an HTTP upload and its answer may take in all
     */
    public TargetFactory(CredentialStore credentials, Duration connectTimeout, Duration answerTimeout) {
        builders.put(TargetKind.HTTP, settings -> withClient(settings, connectTimeout, client ->
                new HttpBundleTarget(settings.name(), URI.create(settings.location().strip()), credentials, client,
                        answerTimeout)));
        builders.put(TargetKind.WEBDAV, settings -> withClient(settings, connectTimeout, client ->
                new WebDavTarget(settings, credentials, client)));
        builders.put(TargetKind.FOLDER, FolderTarget::create);
    }

    /** The target, or empty when this build cannot deliver to {@code settings}' kind. */
    public Optional<DeliveryTarget> create(TargetSettings settings) {
        Function<TargetSettings, DeliveryTarget> builder = builders.get(settings.kind());
        return builder == null ? Optional.empty() : Optional.of(builder.apply(settings));
    }

    /** A target that uses the settings' TLS trust, or one that refuses every bundle when that trust is unusable. */
    private DeliveryTarget withClient(TargetSettings settings, Duration connectTimeout,
                                      Function<HttpClient, DeliveryTarget> target) {
        try {
            return target.apply(TlsContexts.httpClient(settings, connectTimeout));
        } catch (TlsSetupException e) {
            DeliveryProblem reason = DeliveryProblem.of(DeliveryProblem.Code.TLS_CA, e.path() == null ? "" : e.path());
            return new DeliveryTarget() {
                @Override
                public String name() {
                    return settings.name();
                }

                @Override
                public DeliveryOutcome deliver(Delivery delivery) {
                    return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, reason);
                }
            };
        }
    }
}
