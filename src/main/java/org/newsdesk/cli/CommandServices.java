package org.newsdesk.cli;

import java.nio.file.Path;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.store.Store;
import org.newsdesk.sync.Publishing;

/**
 * The services the commands work with over an opened store, built by the application's composition
 * root as it builds them for the window: the command line never assembles a service itself.
 */
public interface CommandServices {

    /**
     * Publishing (targets, outbox, delivery worker) over {@code store} in {@code dataFolder}, secrets
     * kept by {@code credentials} (delivery problems are codes: the caller words them).
     */
    Publishing publishing(Store store, Path dataFolder, CredentialStore credentials);

    /** The search index of {@code store}, opened (the caller closes it). */
    LibrarySearch search(Store store);
}
