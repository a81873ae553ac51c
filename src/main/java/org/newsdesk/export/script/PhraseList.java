package org.newsdesk.export.script;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project- or newsroom-owned list of conversions that win over the library's
 * dictionaries: one {@code from<TAB>to} pair per line (for the Traditional direction
 * {@code simplified<TAB>traditional}), {@code #} starts a comment, blank lines are
 * ignored. Lines that are not a pair are reported, not silently dropped, so that the
 * editor that edits the list can show them.
 *
 * @param entries  from → to, in file order
 * @param problems one message per unusable line ("line 7: ..."), in English for the log
 */
public record PhraseList(Map<String, String> entries, List<String> problems) {

    public static final PhraseList EMPTY = new PhraseList(Map.of(), List.of());

    public PhraseList {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        problems = List.copyOf(problems);
    }

    public static PhraseList parse(String text, String sourceName) {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                problems.add(sourceName + " line " + (i + 1) + ": expected two phrases separated by one tab");
                continue;
            }
            entries.put(parts[0].strip(), parts[1].strip());
        }
        return new PhraseList(entries, problems);
    }

    /** This list with {@code other}'s entries added; where both have a phrase, {@code other} wins. */
    public PhraseList overriddenBy(PhraseList other) {
        Map<String, String> merged = new LinkedHashMap<>(entries);
        merged.putAll(other.entries);
        List<String> allProblems = new ArrayList<>(problems);
        allProblems.addAll(other.problems);
        return new PhraseList(merged, allProblems);
    }

    /** The file text: sorted pairs, so that saving an edited list gives a stable diff. */
    public String format(String header) {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        new TreeMap<>(entries).forEach((from, to) -> sb.append(from).append('\t').append(to).append('\n'));
        return sb.toString();
    }
}
