package org.newsdesk.ui.main;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.ImportedStories;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.slf4j.LoggerFactory;

/**
 * The first start of a data folder: a brand-new library gets the sample interview as a story
 * (imported like any text file), so a new editor opens a finished example, and the "first steps"
 * card is shown until the editor closes it.
 *
 * <p>The rule: the app-state flag {@value #DONE} is unset AND the library (trash included) holds no
 * story. Either way the flag is then set, so the sample comes at most once per data folder: never
 * again after the editor deletes it, never into a library that already has stories. Only the
 * window launched for real calls this (the launcher's early start); windows started by tests
 * and the command line never do.
 */
public final class FirstRun {

    /** Set once the first start of this data folder has been handled. */
    static final String DONE = "ui.firstRunDone";
    /** "true" while the first-steps card is to be shown; "false" once the editor closed it. */
    static final String FIRST_STEPS = "ui.firstStepsOpen";
    /** The sample interview inside the application (from app-resources/samples). */
    static final String SAMPLE = "/org/newsdesk/samples/sample-interview.txt";

    /**
     * What the window launched for real opens with: the journals replayed, then the last story,
     * or on the first start of an empty library the sample interview. Off the FX thread.
     */
    public static Startup launched(Store store) {
        Startup startup = Startup.replayThenRead(store);
        return sampleOnFirstStart(store).map(sample -> new Startup(Optional.of(sample), 0)).orElse(startup);
    }

    private FirstRun() {
    }

    /**
     * Adds the sample on the first start of an empty library and returns it; empty on every other
     * start. Writes to the store: call it off the FX thread, before the store's writer starts.
     */
    public static Optional<Story> sampleOnFirstStart(Store store) {
        if (store.appState().get(DONE).isPresent()) {
            return Optional.empty();
        }
        boolean empty = store.stories().list(false).isEmpty() && store.stories().list(true).isEmpty();
        Optional<Story> sample = Optional.empty();
        if (empty) {
            try {
                byte[] bytes = sampleBytes();
                String text = new String(bytes, StandardCharsets.UTF_8);
                var preview = new StoryImporter().previewText(text, ImportProgress.NONE);
                sample = Optional.of(ImportedStories.create(store, preview, new ImportOrigin(sha256(bytes), "")));
                store.appState().put(FIRST_STEPS, "true");
            } catch (RuntimeException e) {
                // no sample is no reason not to start; it is not tried again
                LoggerFactory.getLogger(FirstRun.class).warn("cannot add the sample interview", e);
            }
        }
        store.appState().put(DONE, "true");
        return sample;
    }

    static byte[] sampleBytes() {
        try (InputStream in = FirstRun.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample interview is missing from the application: " + SAMPLE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
