package org.newsdesk.prefs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The preferences as a JSON file. Written atomically (a temporary file renamed over the
 * old one), so a crash leaves the old or the new file, never half of one. A file that
 * cannot be read is moved aside, kept under a name with the time, and defaults are used.
 */
public final class PreferencesFile {

    public static final String FILE_NAME = "preferences.json";
    private static final String TEMP_PREFIX = ".preferences";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final Path file;
    private final Clock clock;

    /** Made on first use, by whichever thread reads or writes first (at start, not the launching one). */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    public PreferencesFile(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    /** The user's file in the per-user configuration folder. */
    public static PreferencesFile forUser() {
        return new PreferencesFile(ConfigFolder.resolve().resolve(FILE_NAME), Clock.systemUTC());
    }

    public Path path() {
        return file;
    }

    /** What loading found: the preferences, and where a broken file was moved (if it was). */
    public record Loaded(Preferences preferences, Optional<Path> movedAside, String problem) {
    }

    /** Reads the file; a missing one gives defaults, a broken one is moved aside first. */
    public Loaded load() {
        removeLeftoverTemporaryFiles();
        try {
            return new Loaded(parse(Files.readString(file)), Optional.empty(), "");
        } catch (NoSuchFileException e) {
            return new Loaded(Preferences.defaults(), Optional.empty(), "");
        } catch (IOException | RuntimeException e) {
            String problem = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
            return new Loaded(Preferences.defaults(), moveAside(), problem);
        }
    }

    /** Reads without side effects, for the command line: anything unreadable gives defaults. */
    public Preferences peek() {
        try {
            return parse(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            return Preferences.defaults();
        }
    }

    private Preferences parse(String text) throws JsonProcessingException {
        Preferences read = Json.MAPPER.readValue(text, Preferences.class);
        if (read == null) {
            throw new IllegalArgumentException("the file holds no preferences");
        }
        return read;
    }

    /** Keeps the unreadable file under a new name; empty when even that failed (it then stays where it was). */
    private Optional<Path> moveAside() {
        Path aside = file.resolveSibling("preferences.broken-" + STAMP.format(clock.instant()) + ".json");
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(aside);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A write cut short (the process was killed) leaves its temporary file behind; the real file is intact. */
    private void removeLeftoverTemporaryFiles() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(file.getParent(), TEMP_PREFIX + "*" + TEMP_SUFFIX)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        } catch (IOException e) {
            // nothing to tidy (no folder yet) or not allowed to: the preferences themselves are unaffected
        }
    }

    /** Writes {@code preferences} atomically, creating the folder if needed. */
    public void save(Preferences preferences) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), TEMP_PREFIX, TEMP_SUFFIX);
            try {
                Files.write(temp, Json.MAPPER.writeValueAsBytes(preferences));
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
