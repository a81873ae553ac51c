package org.newsdesk.newsroom;

import java.nio.file.Path;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerLibrary;

/** A workstation in a child JVM that syncs its data folder once (the parent kills it mid-push). */
public final class PushChildMain {

    private PushChildMain() {
    }

    /** Arguments: data folder, server address, login. */
    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]));
             ServerLibrary server = ServerLibrary.connect(args[1], null, null)) {
            System.out.println("syncing");
            System.out.flush();
            SyncReport report = new NewsroomSync(store, server, args[2]).syncOnce();
            System.out.println("pushed " + report.pushed());
        }
    }
}
