package org.newsdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Newsdesk keeps its data: the per-user data folder of each OS, or an override. */
public final class DataFolder {

    public static final String ENV_OVERRIDE = "NEWSDESK_DATA_DIR";
    /** Less free space than this at start and the store could not save a long transcript. */
    static final long MIN_FREE_BYTES = 32L * 1024 * 1024;

    private DataFolder() {
    }

    /**
     * The folder to use: {@code override} (from --data-dir) if given, else
     * {@value #ENV_OVERRIDE}, else the OS's per-user data folder.
     */
    public static Path resolve(Path override, Map<String, String> env, String osName, Path home) {
        return resolve(override, null, env, osName, home);
    }

    /**
     * As {@link #resolve(Path, Map, String, Path)}, with the folder the editor chose in the
     * preferences ({@code preferred}, null for none) between the environment and the OS default.
     */
    public static Path resolve(Path override, Path preferred, Map<String, String> env, String osName, Path home) {
        if (override != null) {
            return override.toAbsolutePath();
        }
        String fromEnv = env.get(ENV_OVERRIDE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        if (preferred != null) {
            return preferred.toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Newsdesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Newsdesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve("newsdesk");
    }

    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    public static Path resolve(Path override, Path preferred) {
        return resolve(override, preferred, System.getenv(), System.getProperty("os.name"),
                Path.of(System.getProperty("user.home")));
    }

    /** Creates the folder if needed and proves it can be written, or says why not. */
    public static void prepare(Path folder) {
        prepare(folder, MIN_FREE_BYTES);
    }

    /**
     * The free space below which the store refuses writes (reading goes on: the editor can
     * still list, show, search and export to another disk). {@code newsdesk.store.minFreeBytes}
     * changes it (tests that fill a small disk on purpose set 0).
     */
    static long writeFloor() {
        return Long.getLong("newsdesk.store.minFreeBytes", MIN_FREE_BYTES);
    }

    /** Refuses a write when the disk of {@code folder} has less than the floor free. */
    static void checkRoomToWrite(Path folder) {
        long floor = writeFloor();
        if (floor <= 0) {
            return;
        }
        try {
            if (Files.getFileStore(folder).getUsableSpace() < floor) {
                throw new StoreException(StoreException.Problem.DISK_FULL, folder,
                        "Less than " + floor / (1024 * 1024) + " MB are free on the disk of " + folder
                                + ": the store only reads until space is freed", null);
            }
        } catch (IOException e) {
            // the write itself will say what is wrong
        }
    }

    /** As {@link #prepare(Path)}, refusing a disk with less than {@code minFreeBytes} free. */
    static void prepare(Path folder, long minFreeBytes) {
        try {
            Files.createDirectories(folder);
            if (!Files.isDirectory(folder) || !Files.isReadable(folder)) {
                throw notWritable(folder, null);
            }
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            if (Files.getFileStore(folder).getUsableSpace() < minFreeBytes) {
                throw diskFull(folder, null);
            }
        } catch (IOException | SecurityException e) {
            throw isNoSpace(e) ? diskFull(folder, e) : notWritable(folder, e);
        }
    }

    private static boolean isNoSpace(Exception e) {
        return e.getMessage() != null && e.getMessage().contains("No space left on device");
    }

    private static StoreException diskFull(Path folder, Exception cause) {
        return new StoreException(StoreException.Problem.DISK_FULL, folder,
                "The disk that holds the data folder " + folder + " is full", cause);
    }

    private static StoreException notWritable(Path folder, Exception cause) {
        return new StoreException(StoreException.Problem.FOLDER_NOT_WRITABLE, folder,
                "The data folder " + folder + " cannot be read or written", cause);
    }
}
