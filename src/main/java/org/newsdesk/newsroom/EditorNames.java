package org.newsdesk.newsroom;

import java.util.HashMap;
import java.util.Map;
import org.newsdesk.store.server.ServerLibrary;

/**
 * The names the newsroom's editors are shown under, by login, read from the server when a login
 * is first met (and read again then: a colleague may have joined since). A login the server has
 * no editor for (the schema's owner) is shown as itself.
 */
final class EditorNames {

    private final ServerLibrary server;
    private final Map<String, String> names = new HashMap<>();

    EditorNames(ServerLibrary server) {
        this.server = server;
    }

    /** The display name of {@code login}; "" for a blank login. */
    synchronized String of(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        String known = names.get(login);
        if (known != null) {
            return known;
        }
        for (ServerLibrary.Editor e : server.editors()) {
            names.put(e.login(), e.displayName().isBlank() ? e.login() : e.displayName());
        }
        return names.computeIfAbsent(login, l -> l);
    }
}
