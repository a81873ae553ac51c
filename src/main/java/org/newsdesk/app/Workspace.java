package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.newsdesk.cli.CommandServices;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.credentials.CredentialStoreSelector;
import org.newsdesk.newsroom.NewsroomPublishing;
import org.newsdesk.newsroom.NewsroomSession;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.store.IdleCompaction;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.Publishing;
import org.newsdesk.ui.main.FirstRun;
import org.newsdesk.ui.main.FolderServices;

/**
 * The composition root of one opened data folder: every service that lives as long as the folder
 * is open is built here, once, off the FX thread, in this order: the store (migrated) with the story
 * the window opens with, its writer, typing journals and idle compaction ({@link Opened#open}); the
 * search index ({@link Opened#openSearch}, after the window showed the story); then the keeper of
 * secrets, publishing (targets, outbox, delivery worker) and the newsroom session. The window hands
 * them to its view models by their constructors; the command line gets the same {@link Publishing}
 * and {@link LibrarySearch} from {@link #commandLine()}.
 */
public final class Workspace {

    /**
     * An opened data folder: the services the main window works on, and the story the window
     * opens with already read from the store ({@code startup}; null when that read failed: the
     * window then reads it again and reports why).
     */
    record Opened(FolderServices services, Startup startup) {

        /**
         * Opens (and migrates) the store in {@code folder} and starts what lives with it: call it off
         * the FX thread. {@code launched}: the application's own start, which reads the story to show
         * now (the sample interview on a first start); otherwise (tests, a new language, a damaged
         * file moved aside) the window reads the last story itself.
         */
        static Opened open(Path folder, boolean launched) {
            Store store = Store.open(folder);
            Startup startup = null;
            try {
                startup = launched ? FirstRun.launched(store) : null;
            } catch (RuntimeException e) {
                startup = null;
            }
            StoreWriter writer = new StoreWriter();
            FolderServices services = new FolderServices(store, writer, new TypingJournal(store.folder()),
                    TypingJournal.forMetadata(store.folder()), IdleCompaction.start(store, writer), new CompletableFuture<>());
            return new Opened(services, startup);
        }

        Store store() {
            return services.store();
        }

        /** Opens the search index (it reads the disk: off the FX thread); the window takes it when it is ready. */
        void openSearch() {
            try {
                services.search().complete(LibrarySearch.open(services.store()));
            } catch (RuntimeException e) {
                services.search().completeExceptionally(e);
            }
        }
    }

    private final Path folder;
    private final Backoff deliveryBackoff;
    private final Clock clock;

    /** @param deliveryBackoff how long the worker waits before a failed delivery is tried again */
    Workspace(Path folder, Backoff deliveryBackoff, Clock clock) {
        this.folder = folder;
        this.deliveryBackoff = deliveryBackoff;
        this.clock = clock;
    }

    /** Where delivery targets' secrets are kept on this machine (may ask the keyring: off the FX thread). */
    static CredentialStore credentials(Path dataFolder) {
        return CredentialStoreSelector.forThisMachine(dataFolder).select();
    }

    /**
     * The newsroom session of the opened {@code store}, not started: it joins when the data
     * folder belongs to a newsroom (Preferences → Newsroom, or {@code newsroom connect}) and waits otherwise.
     */
    static NewsroomSession newsroom(Store store, CredentialStore credentials, java.util.function.Supplier<String> editorName) {
        NewsroomSettings settings = new NewsroomSettings(store.appState(), store.newsroom());
        return new NewsroomSession(store, settings.accounts(credentials::secret, editorName),
                NewsroomSession.Timing.standard());
    }

    /**
     * Publishing over the opened {@code store}, its outbox made at once (it reads the templates:
     * off the FX thread). Templates that cannot be read are reported when publishing, not here.
     */
    Publishing publishing(Store store, CredentialStore credentials) {
        Publishing built = publishing(store, folder, credentials, deliveryBackoff, clock);
        try {
            built.outbox();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Workspace.class).warn("the outbox cannot be made yet", e);
        }
        return built;
    }

    /** Publishing over {@code store} as the window and the command line both build it. */
    private static Publishing publishing(Store store, Path folder, CredentialStore credentials, Backoff deliveryBackoff,
            Clock clock) {
        Publishing built = new Publishing(store, folder, credentials, deliveryBackoff, clock);
        // inside a newsroom, each revision is delivered once across its workstations
        NewsroomPublishing.claimDeliveries(built, store, credentials);
        return built;
    }

    /**
     * The services of the command line: the same publishing and search the window builds (failed
     * deliveries wait the standard backoff).
     */
    public static CommandServices commandLine() {
        return new CommandServices() {
            @Override
            public Publishing publishing(Store store, Path dataFolder, CredentialStore credentials) {
                return Workspace.publishing(store, dataFolder, credentials, Backoff.standard(), Clock.systemUTC());
            }

            @Override
            public LibrarySearch search(Store store) {
                return LibrarySearch.open(store);
            }

            @Override
            public Optional<OtherJvm> boundedJvm(String[] args) {
                return WindowJvm.commandForThisJvm(args).map(command -> () -> WindowJvm.run(command));
            }
        };
    }
}
