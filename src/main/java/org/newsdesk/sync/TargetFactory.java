package org.newsdesk.sync;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the delivery target for a target's settings. The HTTP bundle API and folders are
 * built in; the composition root registers the other kinds (WebDAV) with {@link #register}.
 */
public final class TargetFactory {

    private final Map<TargetKind, Function<TargetSettings, DeliveryTarget>> builders = new EnumMap<>(TargetKind.class);

    /** @param credentials where bearer tokens and passwords are kept */
    public TargetFactory(CredentialStore credentials) {
        builders.put(TargetKind.HTTP, settings -> HttpBundleTarget.create(settings, credentials));
        builders.put(TargetKind.FOLDER, FolderTarget::create);
    }

    /** Makes {@code kind} deliverable, built by {@code builder}. */
    public TargetFactory register(TargetKind kind, Function<TargetSettings, DeliveryTarget> builder) {
        builders.put(kind, builder);
        return this;
    }

    /** The target, or empty when this build cannot deliver to {@code settings}' kind. */
    public Optional<DeliveryTarget> create(TargetSettings settings) {
        Function<TargetSettings, DeliveryTarget> builder = builders.get(settings.kind());
        return builder == null ? Optional.empty() : Optional.of(builder.apply(settings));
    }
}
