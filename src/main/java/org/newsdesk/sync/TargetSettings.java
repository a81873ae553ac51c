package org.newsdesk.sync;

import java.nio.file.Path;
import org.newsdesk.credentials.CredentialStore;

/**
 * A configured delivery target. Holds no secret: the password or token is kept by a
 * {@link CredentialStore} under the target's name.
 *
 * @param name          unique name chosen by the editor
 * @param kind          HTTP bundle API, WebDAV or folder
 * @param location      base URL (HTTP, WebDAV) or folder path (FOLDER)
 * @param username      user name for WebDAV basic auth, empty otherwise
 * @param caCertificate a newsroom's own CA certificate (PEM) to trust besides the
 *                      system's, or {@code null}
 */
public record TargetSettings(String name, TargetKind kind, String location, String username, Path caCertificate) {

    public TargetSettings {
        username = username == null ? "" : username;
    }
}
