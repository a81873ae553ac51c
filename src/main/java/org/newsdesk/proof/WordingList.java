package org.newsdesk.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The newsroom's wording list (规范表述 / 禁用词): terms with a preferred form, and banned terms,
 * each with a category. One entry a line, tab-separated: {@code prefer term preferred category}
 * or {@code ban term (empty) category}; {@code #} starts a comment. Newsdesk ships an example
 * ({@code wording.txt}); a newsroom's own list lives in {@code <data folder>/proofreading/wording.txt}
 * and its entries replace shipped ones for the same term.
 */
public final class WordingList {

    /** Where a newsroom's proofreading files live inside the data folder. */
    public static final String DATA_FOLDER_DIR = "proofreading";
    public static final String FILE = "wording.txt";

    /**
     * One entry.
     *
     * @param preferred what to write instead, or {@code null} for a banned term
     */
    public record Entry(String term, String preferred, String category) {
        public boolean banned() {
            return preferred == null;
        }
    }

    /** A line that could not be read. */
    public static final class BadLine extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int line;

        BadLine(int line, String text) {
            super("line " + line + ": expected prefer<TAB>term<TAB>preferred<TAB>category or ban<TAB>term<TAB><TAB>category: "
                    + text);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final List<Entry> entries;
    private final Entry[][] byFirst = new Entry[Character.MAX_VALUE + 1][];

    public WordingList(List<Entry> entries) {
        Map<String, Entry> byTerm = new LinkedHashMap<>();
        for (Entry e : entries) {
            byTerm.put(e.term(), e);
        }
        this.entries = List.copyOf(byTerm.values());
        List<Entry> sorted = new ArrayList<>(this.entries);
        sorted.sort(Comparator.comparingInt((Entry e) -> e.term().length()).reversed());
        for (Entry e : sorted) {
            char c = e.term().charAt(0);
            Entry[] old = byFirst[c];
            Entry[] grown = old == null ? new Entry[1] : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = e;
            byFirst[c] = grown;
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entries of {@code text}; a bad line throws {@link BadLine} naming it. */
    public static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                throw new BadLine(i + 1, line);
            }
            String kind = f[0].strip().toLowerCase(Locale.ROOT);
            String term = f[1].strip();
            String preferred = f.length > 2 ? f[2].strip() : "";
            String category = f.length > 3 ? f[3].strip() : "";
            boolean ok = !term.isEmpty() && (kind.equals("ban") || (kind.equals("prefer") && !preferred.isEmpty()));
            if (!ok) {
                throw new BadLine(i + 1, line);
            }
            out.add(new Entry(term, kind.equals("ban") ? null : preferred, category));
        }
        return out;
    }

    /** Every line of {@code text} that cannot be read, in order (empty: the text is a valid list). */
    public static List<BadLine> problems(String text) {
        List<BadLine> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            try {
                parse(lines[i]);
            } catch (BadLine bad) {
                out.add(new BadLine(i + 1, lines[i].replace("\r", "")));
            }
        }
        return out;
    }

    /** Where the data folder's list is. */
    public static Path file(Path dataFolder) {
        return dataFolder.resolve(DATA_FOLDER_DIR).resolve(FILE);
    }

    /** The data folder's list as written there, or empty when it has none. */
    public static String readNewsroomText(Path dataFolder) throws IOException {
        Path file = file(dataFolder);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    /**
     * Writes the data folder's list (a temporary file, then a rename, so a failure leaves the
     * old list whole); a text with a bad line is refused before anything is written.
     */
    public static void saveNewsroomText(Path dataFolder, String text) throws IOException {
        List<BadLine> bad = problems(text);
        if (!bad.isEmpty()) {
            throw bad.get(0);
        }
        Path dir = dataFolder.resolve(DATA_FOLDER_DIR);
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".wording", ".tmp");
        try {
            Files.writeString(temp, text.endsWith("\n") || text.isEmpty() ? text : text + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file(dataFolder), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The shipped list with {@code newsroomText}'s entries on top (bad lines throw {@link BadLine}). */
    public static WordingList withNewsroomText(String newsroomText) {
        List<Entry> all = new ArrayList<>(shippedEntries());
        all.addAll(parse(newsroomText));
        return new WordingList(all);
    }

    /** The list as a file would hold it. */
    public static String format(List<Entry> entries) {
        StringBuilder b = new StringBuilder("# kind<TAB>term<TAB>preferred<TAB>category\n");
        for (Entry e : entries) {
            b.append(e.banned() ? "ban" : "prefer").append('\t').append(e.term()).append('\t')
                    .append(e.banned() ? "" : e.preferred()).append('\t').append(e.category()).append('\n');
        }
        return b.toString();
    }

    public static WordingList shipped() {
        return new WordingList(shippedEntries());
    }

    /** The shipped list with the data folder's own on top; a data folder list that cannot be read throws. */
    public static WordingList forDataFolder(Path dataFolder) {
        List<Entry> all = new ArrayList<>(shippedEntries());
        if (dataFolder != null) {
            Path file = dataFolder.resolve(DATA_FOLDER_DIR).resolve(FILE);
            if (Files.isRegularFile(file)) {
                try {
                    all.addAll(parse(Files.readString(file, StandardCharsets.UTF_8)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new WordingList(all);
    }

    private static List<Entry> shippedEntries() {
        try (InputStream in = WordingList.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + FILE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(String text, Where where, FindingSink sink) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            Entry[] list = byFirst[text.charAt(i)];
            Entry hit = null;
            if (list != null) {
                for (Entry e : list) {
                    if (text.startsWith(e.term(), i)) {
                        hit = e;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            int end = i + hit.term().length();
            if (hit.banned()) {
                sink.add(ProofCategory.WORDING, Severity.ERROR, where, i, end, "proof.wording.banned", null,
                        "wording.banned", hit.term(), hit.category());
            } else {
                sink.add(ProofCategory.WORDING, Severity.WARNING, where, i, end, "proof.wording.prefer", hit.preferred(),
                        "wording.prefer", hit.term(), hit.preferred(), hit.category());
            }
            i = end;
        }
    }
}
