package org.newsdesk.export.script;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The phrase lists in front of the converter library: the ones Newsdesk ships
 * ({@code app-resources/conversion/}, on the class path under
 * {@code org/newsdesk/export/conversion/}) and a newsroom's own additions in
 * {@code <dataFolder>/conversion/}, whose entries win.
 *
 * <ul>
 *   <li>{@code overrides-hant.txt}: simplified → traditional phrases</li>
 *   <li>{@code overrides-hans.txt}: traditional → simplified phrases</li>
 *   <li>{@code variants-hant.txt}: a character the library writes → the form the
 *       newsroom prints (OpenCC's 裏 → 裡), applied to the library's output</li>
 * </ul>
 *
 * @param toTraditional phrases for the Traditional direction
 * @param toSimplified  phrases for the Simplified direction
 * @param variants      character forms for Traditional output
 */
public record ConversionLists(PhraseList toTraditional, PhraseList toSimplified, PhraseList variants) {

    public static final String HANT_FILE = "overrides-hant.txt";
    public static final String HANS_FILE = "overrides-hans.txt";
    public static final String VARIANTS_FILE = "variants-hant.txt";
    /** Where a newsroom's own lists live inside the data folder. */
    public static final String DATA_FOLDER_DIR = "conversion";
    private static final String CLASSPATH_DIR = "/org/newsdesk/export/conversion/";

    /** The lists Newsdesk ships, nothing else. */
    public static ConversionLists shipped() {
        return new ConversionLists(resource(HANT_FILE), resource(HANS_FILE), resource(VARIANTS_FILE));
    }

    /** The shipped lists with the data folder's lists (where present) on top. */
    public static ConversionLists forDataFolder(Path dataFolder) {
        ConversionLists base = shipped();
        if (dataFolder == null) {
            return base;
        }
        Path dir = dataFolder.resolve(DATA_FOLDER_DIR);
        return new ConversionLists(
                base.toTraditional.overriddenBy(file(dir.resolve(HANT_FILE))),
                base.toSimplified.overriddenBy(file(dir.resolve(HANS_FILE))),
                base.variants.overriddenBy(file(dir.resolve(VARIANTS_FILE))));
    }

    /** Writes the newsroom's own Traditional-direction list (what the in-app editor saves). */
    public static void saveNewsroomOverrides(Path dataFolder, Script target, PhraseList list) throws IOException {
        Path dir = dataFolder.resolve(DATA_FOLDER_DIR);
        Files.createDirectories(dir);
        String header = target == Script.HANT
                ? "Newsroom overrides: simplified<TAB>traditional, one pair a line; these win over the shipped list."
                : "Newsroom overrides: traditional<TAB>simplified, one pair a line; these win over the shipped list.";
        Path file = dir.resolve(target == Script.HANT ? HANT_FILE : HANS_FILE);
        Path temp = Files.createTempFile(dir, ".overrides", ".tmp");
        Files.writeString(temp, list.format(header), StandardCharsets.UTF_8);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static PhraseList resource(String name) {
        try (InputStream in = ConversionLists.class.getResourceAsStream(CLASSPATH_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + CLASSPATH_DIR + name);
            }
            return PhraseList.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PhraseList file(Path path) {
        if (!Files.isRegularFile(path)) {
            return PhraseList.EMPTY;
        }
        try {
            return PhraseList.parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
        } catch (IOException e) {
            // a newsroom file we cannot read must not stop an export: report it like a bad line
            return new PhraseList(java.util.Map.of(), java.util.List.of(path + ": " + e.getMessage()));
        }
    }
}
