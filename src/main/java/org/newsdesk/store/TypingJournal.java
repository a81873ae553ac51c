package org.newsdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A write-ahead journal of typing, outside the database: for each story with edits not yet
 * saved to the store, a small file {@code journal/<story id>.journal} in the data folder holds
 * the transcript as the editor last showed it. It is written (and forced to the disk) on the
 * autosave cadence before the store is asked to save, marked clean once the store has saved
 * that state, and read back at the next start after a crash, or when the store could not be
 * written for a while (a full disk, an I/O error).
 *
 * <p>The file is reserved ahead (written with zeros) while there is room, and then only
 * overwritten in place, so that keeping the typing needs no new disk space when the disk
 * fills up. It has two slots used in turn; each holds a sequence number, a length and a CRC,
 * so a write cut short by a crash leaves the other slot, the previous state, readable.
 */
public final class TypingJournal implements AutoCloseable {

    public static final String FOLDER = "journal";
    private static final String SUFFIX = ".journal";
    private static final String METADATA_SUFFIX = ".metadata" + SUFFIX;
    private static final byte SNAPSHOT = 1;
    private static final byte CLEAN = 0;
    /** Room reserved per slot beyond the transcript: a day of typing while the disk is full. */
    static final int HEADROOM = 256 * 1024;
    /** Room reserved per slot beyond a story's metadata (a long summary or note fits). */
    static final int METADATA_HEADROOM = 16 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(TypingJournal.class);

    private final Path folder;
    private final String suffix;
    private final int headroom;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "typing-journal");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong tokens = new AtomicLong();
    /** Per story: the token of the state last kept (journal thread only). */
    private final Map<UUID, Long> keptToken = new ConcurrentHashMap<>();
    private final Map<UUID, Long> fileSeq = new ConcurrentHashMap<>();

    /** The journal of transcripts, in {@code dataFolder}'s journal folder. */
    public TypingJournal(Path dataFolder) {
        this(dataFolder, SUFFIX, HEADROOM);
    }

    private TypingJournal(Path dataFolder, String suffix, int headroom) {
        this.folder = dataFolder.resolve(FOLDER);
        this.suffix = suffix;
        this.headroom = headroom;
    }

    /**
     * The journal of metadata (headline, slug, names, times... as typed), beside the
     * transcripts' in the same folder, one small file per story: {@code <story id>.metadata.journal}.
     * What it keeps is a story whose metadata and slug are as typed (its transcript is empty).
     */
    public static TypingJournal forMetadata(Path dataFolder) {
        return new TypingJournal(dataFolder, METADATA_SUFFIX, METADATA_HEADROOM);
    }

    /** Where the journal files are (shown to the editor when the store cannot be written). */
    public Path folder() {
        return folder;
    }

    /** The file for {@code story}. */
    public Path file(UUID story) {
        return folder.resolve(story + suffix);
    }

    /** A new token: later calls get larger ones. Taken on the caller's thread, in typing order. */
    public long nextToken() {
        return tokens.incrementAndGet();
    }

    /**
     * Keeps the transcript {@code paragraphs} gives (called on the journal thread) for
     * {@code base}'s story, and forces it to the disk.
     *
     * @param token from {@link #nextToken()}: {@link #saved} clears only what is not newer
     * @return completes once it is on the disk; fails when it could not be kept
     */
    public CompletableFuture<Void> keep(Story base, long token, Supplier<List<Paragraph>> paragraphs) {
        return submit(() -> {
            Story snapshot = new Story(base.id(), base.slug(), base.status(), base.metadata(), base.speakers(),
                    paragraphs.get(), base.revision(), base.version(), base.createdAt(), base.updatedAt());
            write(base.id(), SNAPSHOT, StoryJson.toJson(snapshot).getBytes(StandardCharsets.UTF_8));
            keptToken.merge(base.id(), token, Math::max);
            return null;
        });
    }

    /**
     * Reserves the journal file of {@code story} while there is room (when it is opened), so
     * typing can be kept even if the disk fills up later.
     */
    public CompletableFuture<Void> reserve(UUID story) {
        return submit(() -> {
            if (!Files.exists(file(story))) {
                write(story, CLEAN, new byte[0]);
            }
            return null;
        });
    }

    /**
     * The store has saved the state of {@code token}: unless something newer was kept since,
     * the journal of the story is marked clean (in place: no new disk space needed).
     */
    public CompletableFuture<Void> saved(UUID story, long token) {
        return submit(() -> {
            Long kept = keptToken.get(story);
            if (kept == null || kept <= token) {
                if (Files.exists(file(story)) && read(story).isPresent()) {
                    write(story, CLEAN, new byte[0]);
                }
                keptToken.remove(story);
            }
            return null;
        });
    }

    /** Removes a clean journal file (the story was closed with everything saved). */
    public CompletableFuture<Void> forget(UUID story) {
        return submit(() -> {
            if (!keptToken.containsKey(story) && read(story).isEmpty()) {
                Files.deleteIfExists(file(story));
                fileSeq.remove(story);
            }
            return null;
        });
    }

    /**
     * The unsaved state kept for {@code story}, if any: the story as it was when kept, with the
     * transcript as typed. Reads the disk: call it off the FX thread.
     */
    public Optional<Story> read(UUID story) throws IOException {
        Path f = file(story);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            JournalSlots.Slot best = JournalSlots.newest(ch);
            if (best == null) {
                return Optional.empty();
            }
            fileSeq.merge(story, best.seq(), Math::max);
            if (best.kind() == CLEAN) {
                return Optional.empty();
            }
            try {
                return Optional.of(StoryJson.fromJson(new String(best.payload(), StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                LOG.warn("the typing journal {} cannot be read back", f, e);
                return Optional.empty();
            }
        }
    }

    /** The stories whose journal holds unsaved typing (reads the disk). */
    public List<UUID> pending() throws IOException {
        List<UUID> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + suffix)) {
            for (Path f : files) {
                UUID id = storyOf(f.getFileName().toString(), suffix);
                if (id == null) {
                    LOG.debug("not a journal file of this kind: {}", f);
                } else if (read(id).isPresent()) {
                    found.add(id);
                }
            }
        }
        return found;
    }

    /** Waits for what was asked so far (used on close), at most {@code millis}. */
    public boolean drain(long millis) {
        try {
            submit(() -> null).get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * Waits for what was asked so far, then gives back the space reserved for stories whose
     * typing is all saved (their files, clean, are removed); a file that still holds unsaved
     * typing stays for the next start.
     */
    @Override
    public void close() {
        drain(10_000);
        try {
            submit(() -> {
                releaseClean();
                return null;
            }).get(10_000, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.warn("the clean typing journals in {} could not all be removed", folder, e);
        }
        thread.shutdown();
    }

    /** Journal thread only: removes every clean journal file and what a cut-short growth left. */
    private void releaseClean() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*" + suffix + "*")) {
            found.forEach(files::add);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (storyOf(name, suffix + ".new") != null) {
                // a growth cut short: the file beside it is still whole
                Files.deleteIfExists(f);
                continue;
            }
            UUID id = storyOf(name, suffix);
            if (id != null && !keptToken.containsKey(id) && isClean(id)) {
                Files.deleteIfExists(f);
                fileSeq.remove(id);
            }
        }
    }

    /** The story whose file is named {@code name} (a story id and {@code ending}), or null. */
    private static UUID storyOf(String name, String ending) {
        if (!name.endsWith(ending)) {
            return null;
        }
        try {
            return UUID.fromString(name.substring(0, name.length() - ending.length()));
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }

    /** True when the newest readable slot of {@code story}'s file says everything is saved. */
    private boolean isClean(UUID story) throws IOException {
        try (FileChannel ch = FileChannel.open(file(story), StandardOpenOption.READ)) {
            JournalSlots.Slot best = JournalSlots.newest(ch);
            return best != null && best.kind() == CLEAN;
        }
    }

    private interface Work<T> {
        T call() throws Exception;
    }

    private <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    result.complete(work.call());
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Journal thread only. */
    private void write(UUID story, byte kind, byte[] payload) throws IOException {
        Files.createDirectories(folder);
        Path f = file(story);
        if (!fileSeq.containsKey(story) && Files.exists(f)) {
            read(story);
        }
        long seq = fileSeq.getOrDefault(story, 0L) + 1;
        long needed = JournalSlots.HEADER + (long) payload.length;
        long slot = Files.exists(f) ? Files.size(f) / 2 : 0;
        if (slot < needed) {
            JournalSlots.grow(f, seq, kind, payload, needed, headroom);
        } else {
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                ch.write(JournalSlots.slotBytes(seq, kind, payload), (seq % 2) * slot);
                ch.force(false);
            }
        }
        fileSeq.put(story, seq);
    }
}
