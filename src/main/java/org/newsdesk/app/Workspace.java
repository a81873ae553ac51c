package org.newsdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.credentials.CredentialStoreSelector;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.NewsroomSession;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.Publishing;
import org.newsdesk.ui.main.FirstRun;

/**
 * The composition root of one opened data folder: the services that live as long as the folder
 * is open are built here, each once, off the FX thread, in this order: the store (migrated) with
 * the story the window opens with, then the keeper of secrets, then publishing (targets, outbox,
 * delivery worker). The window hands them to its view models ({@code MainViewModel.attach},
 * {@code SyncViewModel.start}); the command line builds the same {@link Publishing}. The store's
 * writer, typing journal and search index are made by the main window's session from the store.
 */
final class Workspace {

    /**
     * The store, and the story the window opens with already read from it (null when that read
     * failed: the window then reads it again and reports why).
     */
    record Opened(Store store, Startup startup) {

        /** Opens (and migrates) the store in {@code folder}: call it off the FX thread. */
        static Opened open(Path folder) {
            Store store = Store.open(folder);
            try {
                return new Opened(store, FirstRun.launched(store));
            } catch (RuntimeException e) {
                return new Opened(store, null);
            }
        }
    }

    private final Path folder;
    private final Messages messages;
    private final Backoff deliveryBackoff;
    private final Clock clock;

    /**
     * @param messages        the language delivery problems are told in
     * @param deliveryBackoff how long the worker waits before a failed delivery is tried again
     */
    Workspace(Path folder, Messages messages, Backoff deliveryBackoff, Clock clock) {
        this.folder = folder;
        this.messages = messages;
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
        Publishing built = new Publishing(store, folder, credentials, messages, deliveryBackoff, clock);
        // inside a newsroom, each revision is delivered once across its workstations
        org.newsdesk.newsroom.NewsroomPublishing.claimDeliveries(built, store, credentials);
        try {
            built.outbox();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Workspace.class).warn("the outbox cannot be made yet", e);
        }
        return built;
    }
}
