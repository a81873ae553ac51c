package org.newsdesk.sync;

import org.newsdesk.i18n.Messages;

/** Says what a publishing problem means and what to do, in the user's language. */
public final class SyncErrorText {

    private SyncErrorText() {
    }

    public static String describe(SyncException e, Messages messages) {
        return switch (e.problem()) {
            case NO_TARGETS -> messages.get("sync.error.noTargets");
            case UNKNOWN_TARGET -> messages.get("sync.error.unknownTarget", e.subject());
            case DUPLICATE_TARGET -> messages.get("sync.error.duplicateTarget", e.subject());
            case BAD_LOCATION -> messages.get("sync.error.badLocation", Redaction.location(e.subject()));
            case BAD_NAME -> messages.get("sync.error.badName", e.subject());
            case NO_CREDENTIAL_STORE -> messages.get("sync.error.noCredentialStore", e.subject());
            case BAD_TOKEN -> messages.get("sync.error.badToken", e.subject());
            case NEWSROOM_UNREACHABLE -> messages.get("sync.error.newsroomUnreachable");
        };
    }
}
