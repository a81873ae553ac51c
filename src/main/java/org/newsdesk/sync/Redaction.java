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

    /**
     * A location as typed, with any user name and password in it blanked out, whether or not it
     * parses as a URI ({@code http://user:secret@host} becomes {@code http://***@host}).
     */
    static String location(String typed) {
        if (typed == null) {
            return null;
        }
        return typed.replaceAll("(?<=://)[^/?#\\s]*@", "***@");
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
