package org.newsdesk.store;

/**
 * A delivery target as the store keeps it: the settings, never a secret.
 *
 * @param kind          HTTP, WEBDAV or FOLDER
 * @param caCertificate path of a newsroom CA certificate (PEM), or {@code null}
 */
public record SavedTarget(String name, String kind, String location, String username, String caCertificate) {
}
