package org.newsdesk.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * "Ignore always" kept in the data folder: {@code proofreading/ignored.txt} for the newsroom and
 * {@code proofreading/ignored-<story id>.txt} for one story, one {@link Finding#ignoreKey()} a line.
 */
public final class IgnoreFiles {

    private final Path dir;

    public IgnoreFiles(Path dataFolder) {
        this.dir = dataFolder.resolve(WordingList.DATA_FOLDER_DIR);
    }

    public ProofIgnores load(UUID story) {
        return new ProofIgnores(read(newsroomFile()), story == null ? Set.of() : read(storyFile(story)));
    }

    public void ignoreInNewsroom(Finding f) {
        append(newsroomFile(), f.ignoreKey());
    }

    public void ignoreInStory(UUID story, Finding f) {
        append(storyFile(story), f.ignoreKey());
    }

    private Path newsroomFile() {
        return dir.resolve("ignored.txt");
    }

    private Path storyFile(UUID story) {
        return dir.resolve("ignored-" + story + ".txt");
    }

    private static Set<String> read(Path file) {
        Set<String> out = new LinkedHashSet<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void append(Path file, String key) {
        Set<String> keys = read(file);
        if (!keys.add(key)) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".ignored", ".tmp");
            Files.writeString(temp, String.join("\n", keys) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
