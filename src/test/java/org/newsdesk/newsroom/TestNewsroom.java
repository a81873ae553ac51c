package org.newsdesk.newsroom;

import java.util.UUID;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerLibrary;

/**
 * A newsroom for one test: a fresh database with the newsroom's schema on the test server
 * ({@link PostgresPerClass#newNewsroomDatabase()}) and the editors the test adds, each with a
 * login of its own to this newsroom (logins are login roles, which every database of the server
 * shares).
 */
final class TestNewsroom {

    /** The database as its owner reaches it (trusted on loopback): to add editors, count rows. */
    final String url;
    /** The database without a user: editors connect with their own login. */
    final String bare;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    TestNewsroom(PostgresPerClass postgres) {
        this.url = postgres.newNewsroomDatabase();
        this.bare = url.replace("?user=postgres", "");
    }

    /** Adds an editor as the schema's owner would and returns its login: {@code name} and this newsroom's suffix. */
    String editor(String name, String displayName, String role) {
        String login = name + "_" + suffix;
        try (ServerLibrary admin = ServerLibrary.connect(url, null, null)) {
            admin.addEditor(login, displayName, role);
        }
        return login;
    }

    /** One sync of {@code store} as {@code login}, on a connection of its own. */
    SyncReport sync(Store store, String login) {
        return sync(store, login, null);
    }

    /** As above, through {@code proxy} when given. */
    SyncReport sync(Store store, String login, TcpProxy proxy) {
        try (ServerLibrary server = ServerLibrary.connect(proxy == null ? bare : proxy.via(bare), login, null)) {
            return new NewsroomSync(store, server, login).syncOnce();
        }
    }
}
