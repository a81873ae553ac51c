package org.newsdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lock file that lets only one Newsdesk use a data folder at a time: held exclusively by
 * a store that writes, shared by one that only reads a read-only folder.
 */
final class FolderLock {

    private static final Logger LOG = LoggerFactory.getLogger(FolderLock.class);

    /**
     * Folders this process has locked. Closing a second channel on the lock file would
     * release the OS lock held through the first one, so a second open in the same JVM
     * must be refused before it touches the file.
     */
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the folder, or throws {@link StoreException.Problem#LOCKED} when another Newsdesk
     * (or this one) uses it. A read-only folder without a lock file is not locked at all: no
     * other Newsdesk can be writing to it.
     */
    static FolderLock take(Path folder, boolean readOnly) {
        Path key = folder.toAbsolutePath().normalize();
        if (!LOCKED_HERE.add(key)) {
            throw OpenFailures.locked(folder, null);
        }
        FileChannel channel = null;
        try {
            if (readOnly) {
                channel = lockForReading(folder);
                return new FolderLock(key, channel, channel == null ? null : tryLock(channel, folder, true));
            }
            channel = FileChannel.open(folder.resolve(Store.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new FolderLock(key, channel, tryLock(channel, folder, false));
        } catch (IOException | RuntimeException e) {
            new FolderLock(key, channel, null).release();
            if (e instanceof IOException io) {
                throw new StoreException(StoreException.Problem.FOLDER_NOT_WRITABLE, folder,
                        "The data folder " + folder + " cannot be used: " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Lets another Newsdesk (or a later open in this one) use the folder. */
    void release() {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("releasing the store lock failed", e);
        }
        LOCKED_HERE.remove(key);
    }

    private static FileLock tryLock(FileChannel channel, Path folder, boolean shared) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock(0L, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw OpenFailures.locked(folder, null);
        }
        return lock;
    }

    /**
     * The lock file opened for reading on a folder that cannot be written, or null when there is
     * none (no other Newsdesk can be writing to a read-only folder then).
     */
    private static FileChannel lockForReading(Path folder) {
        try {
            return FileChannel.open(folder.resolve(Store.LOCK_FILE), StandardOpenOption.READ);
        } catch (IOException e) {
            return null;
        }
    }
}
