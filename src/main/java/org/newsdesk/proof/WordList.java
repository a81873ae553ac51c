package org.newsdesk.proof;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A list of wrong words with their right forms, and of protected words in which the same
 * characters are right. One entry a line: {@code wrong<TAB>right}; a line {@code !word}
 * protects {@code word} (a wrong entry is not reported where one of its changed characters
 * lies inside a protected word). {@code #} starts a comment.
 *
 * <p>Matching is linear: entries are indexed by their first character, so each position
 * of the text looks at the few entries that start with its character (longest first). No
 * regular expression runs over the text.
 */
public final class WordList {

    /** A wrong word, its right form and the line it came from. */
    public record Entry(String wrong, String right, int line) {
    }

    /** Where an entry matched. */
    public record Match(int start, int end, Entry entry) {
    }

    private final Entry[][] wrongByFirst = new Entry[Character.MAX_VALUE + 1][];
    private final String[][] protectByFirst = new String[Character.MAX_VALUE + 1][];
    private final int size;

    private WordList(List<Entry> wrong, List<String> protect) {
        index(wrong, e -> e.wrong(), wrongByFirst, Entry[]::new);
        index(protect, s -> s, protectByFirst, String[]::new);
        this.size = wrong.size();
    }

    public static WordList parse(String text) {
        List<Entry> wrong = new ArrayList<>();
        List<String> protect = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("!")) {
                String word = line.substring(1).strip();
                if (!word.isEmpty()) {
                    protect.add(word);
                }
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IllegalArgumentException("line " + (i + 1) + ": expected wrong<TAB>right: " + line);
            }
            String right = line.substring(tab + 1).strip();
            int second = right.indexOf('\t');
            if (second >= 0) {
                right = right.substring(0, second).strip();
            }
            wrong.add(new Entry(line.substring(0, tab).strip(), right, i + 1));
        }
        return new WordList(wrong, protect);
    }

    public static WordList resource(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return size;
    }

    /**
     * Every wrong word in {@code text} outside protected words, left to right, never
     * overlapping (the longest entry at a position wins).
     */
    public List<Match> find(String text) {
        BitSet protectedChars = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            String[] words = protectByFirst[text.charAt(i)];
            if (words == null) {
                continue;
            }
            for (String w : words) {
                if (text.startsWith(w, i)) {
                    if (protectedChars == null) {
                        protectedChars = new BitSet(n);
                    }
                    protectedChars.set(i, i + w.length());
                    break;
                }
            }
        }
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Entry[] entries = wrongByFirst[text.charAt(i)];
            Entry hit = null;
            if (entries != null) {
                for (Entry e : entries) {
                    if (text.startsWith(e.wrong(), i) && !changesProtected(e, i, protectedChars)) {
                        hit = e;
                        break;
                    }
                }
            }
            if (hit != null) {
                out.add(new Match(i, i + hit.wrong().length(), hit));
                i += hit.wrong().length();
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean changesProtected(Entry e, int at, BitSet protectedChars) {
        if (protectedChars == null) {
            return false;
        }
        String w = e.wrong();
        String r = e.right();
        for (int k = 0; k < w.length(); k++) {
            boolean changed = k >= r.length() || w.charAt(k) != r.charAt(k);
            if (changed && protectedChars.get(at + k)) {
                return true;
            }
        }
        return false;
    }

    private interface Key<T> {
        String of(T t);
    }

    private interface Maker<T> {
        T[] make(int n);
    }

    private static <T> void index(List<T> items, Key<T> key, T[][] table, Maker<T> maker) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt((T t) -> key.of(t).length()).reversed());
        for (T t : sorted) {
            char c = key.of(t).charAt(0);
            T[] old = table[c];
            T[] grown = old == null ? maker.make(1) : Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = t;
            table[c] = grown;
        }
    }
}
