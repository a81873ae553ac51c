package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
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

    /**
     * The command line {@code args} run again in a JVM whose heap is bounded (the window's memory
     * options), for work the JVM's default heap would let grow (a search that builds the index);
     * empty when this JVM has such options (a launcher's, or a heap the user chose) or must not
     * start another.
     */
    Optional<OtherJvm> boundedJvm(String[] args);

    /** A JVM to run a command line in, not started yet. */
    @FunctionalInterface
    interface OtherJvm {
        /** Starts it with this JVM's input and output and waits: its exit code, or empty when it could not start. */
        OptionalInt run();
    }
}
