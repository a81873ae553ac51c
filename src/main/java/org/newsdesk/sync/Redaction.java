package org.newsdesk.sync;

import java.net.URI;

/** Keeps credentials out of anything that is shown, stored or logged. */
final class Redaction {

    private Redaction() {
    }

    /** {@code text} with every occurrence of {@code secret} blanked out. */
    static String without(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "***");
    }

    /** A URI as it may be shown: without user information, query or fragment. */
    static String shown(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (java.net.URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }
}
