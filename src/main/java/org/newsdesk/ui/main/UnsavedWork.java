package org.newsdesk.ui.main;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.text.LabelColon;

/**
 * Typing the store has not saved yet: reading a story with its journal, replaying journals at
 * start, waiting for the writer before the window closes, telling the editor what happened in
 * plain words, and writing a plain-text copy elsewhere.
 */
final class UnsavedWork {

    private UnsavedWork() {
    }

    /** A story as stored, and what its journal holds that the store does not (or null). */
    record Opened(Story story, Story journaled, Story journaledMetadata) {
    }

    /**
     * Reads {@code id} and its journals, transcript and metadata (on the writer thread, after the
     * writes queued before).
     */
    static Opened read(Store store, TypingJournal journal, TypingJournal metadataJournal, UUID id) throws IOException {
        Story stored = store.stories().get(id);
        Story kept = journal == null ? null : journal.read(id).orElse(null);
        if (kept != null && kept.paragraphs().equals(stored.paragraphs())) {
            kept = null;
        }
        Story keptMetadata = metadataJournal == null ? null : metadataJournal.read(id).orElse(null);
        if (keptMetadata != null && keptMetadata.metadata().equals(stored.metadata())
                && keptMetadata.slug().equals(stored.slug())) {
            keptMetadata = null;
        }
        return new Opened(stored, kept, keptMetadata);
    }

    /**
     * At start: writes what the journal kept from the last run into the store (a failure leaves
     * it in the journal: the story then opens with it), then reads what the window opens with.
     */
    static Startup replayThenRead(Store store, TypingJournal journal, TypingJournal metadataJournal) {
        Startup.replay(store, journal, metadataJournal);
        return Startup.read(store);
    }

    static Story withMetadata(Story s, Story typed) {
        return new Story(s.id(), typed.slug(), s.status(), typed.metadata(), s.speakers(), s.paragraphs(), s.revision(),
                s.version(), s.createdAt(), s.updatedAt());
    }

    static Story withParagraphs(Story s, List<Paragraph> paragraphs) {
        return new Story(s.id(), s.slug(), s.status(), s.metadata(), s.speakers(), paragraphs, s.revision(),
                s.version(), s.createdAt(), s.updatedAt());
    }

    /** Waits for the writer and the journal, at most {@code millis} in all; true when both are done. */
    static boolean waitFor(StoreWriter writer, TypingJournal journal, long millis) {
        long start = System.nanoTime();
        boolean written = writer.drain(millis);
        long left = Math.max(1, millis - (System.nanoTime() - start) / 1_000_000);
        return journal.drain(left) && written;
    }

    /** How long closing waits in all for a writer still writing (a large import) before closing the store under it. */
    static final long WRITER_CLOSE_LIMIT_MILLIS = 10 * 60_000;

    /**
     * After {@link StoreWriter#close()} gave up waiting (30 s): waits on, saying so in the log,
     * until the write in progress is committed (at most {@link #WRITER_CLOSE_LIMIT_MILLIS}), since
     * closing the store under it would drop it (a large import, the last story's record).
     */
    static void awaitWriter(StoreWriter writer) {
        long deadline = System.nanoTime() + WRITER_CLOSE_LIMIT_MILLIS * 1_000_000;
        while (!writer.awaitClosed(30_000)) {
            if (System.nanoTime() > deadline) {
                org.slf4j.LoggerFactory.getLogger(UnsavedWork.class)
                        .error("the store writer still runs after {} ms; the store closes under it", WRITER_CLOSE_LIMIT_MILLIS);
                return;
            }
            org.slf4j.LoggerFactory.getLogger(UnsavedWork.class).warn("still waiting for the store writer before closing the store");
        }
    }

    /** Why a save failed and what to do, in plain words: never an exception's text alone. */
    static String describe(Throwable error, Path journalFolder, Messages messages) {
        return StoreErrorText.describeSave(error, journalFolder, messages);
    }

    /**
     * The transcript as plain text, each turn's first paragraph led by its speaker's label, for
     * "Save a copy as…" when the store cannot be written.
     */
    static String plainText(Story story) {
        Map<String, String> labels = story.speakers().stream()
                .collect(Collectors.toMap(Speaker::key, Speaker::label, (a, b) -> a));
        StringBuilder sb = new StringBuilder();
        if (!story.metadata().headline().isBlank()) {
            sb.append(story.metadata().headline()).append("\n\n");
        }
        String previous = null;
        for (Paragraph p : story.paragraphs()) {
            String key = p.speakerKey();
            if (key != null && !key.equals(previous)) {
                sb.append(LabelColon.labelled(labels.getOrDefault(key, key)));
            }
            previous = key;
            sb.append(p.text()).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@code text} to {@code file} (beside it first, then moved into place). */
    static void writeCopy(String text, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    static Function<Throwable, String> describer(Path journalFolder, Messages messages) {
        return e -> describe(e, journalFolder, messages);
    }
}
