package org.newsdesk.credentials;

import org.newsdesk.i18n.Messages;

/** Says what a credential store problem means and what to do, in the user's language. */
public final class CredentialErrorText {

    private CredentialErrorText() {
    }

    public static String describe(CredentialStoreException e, Messages messages) {
        String where = e.path() == null ? "" : e.path().toString();
        return switch (e.problem()) {
            case LOCKED -> messages.get("credentials.error.locked");
            case WRONG_PASSWORD -> messages.get("credentials.error.wrongPassword");
            case DAMAGED -> messages.get("credentials.error.damaged", where);
            case EMPTY_PASSWORD -> messages.get("credentials.error.emptyPassword");
            case ALREADY_EXISTS -> messages.get("credentials.error.exists", where);
            case FILE_ACCESS -> messages.get("credentials.error.file", where);
            case KEYRING -> messages.get("credentials.error.keyring");
        };
    }
}
