package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;

/**
 * The invented transcripts under {@code importer/fixtures/text-*}: each is imported and
 * compared with its {@code .expected.json} (headline, roster labels, titles and roles,
 * turns within one, the first and the last turn, text that must not survive, text that must
 * stay narration). A table of
 * passes per convention class is printed at the end.
 */
class ImportFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** class → {passed, total} */
    private static final Map<String, int[]> BY_CLASS = new TreeMap<>();

    static Stream<String> fixtures() throws IOException, URISyntaxException {
        Path dir = folder();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("text-") && n.endsWith(".expected.json"))
                    .sorted().toList().stream();
        }
    }

    private static Path folder() throws URISyntaxException {
        return Path.of(ImportFixturesTest.class.getResource("/importer/fixtures").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importsAsExpected(String expectedName) throws Exception {
        Path dir = folder();
        String base = expectedName.substring(0, expectedName.length() - ".expected.json".length());
        Path source = dir.resolve(base + ".txt");
        JsonNode expected = JSON.readTree(dir.resolve(expectedName).toFile());
        List<String> classes = new ArrayList<>();
        expected.path("classes").forEach(c -> classes.add(c.asText()));
        List<String> problems = check(new StoryImporter().preview(source, ImportOptions.AUTO, ImportProgress.NONE),
                expected);
        for (String c : classes) {
            int[] counts = BY_CLASS.computeIfAbsent(c, k -> new int[2]);
            counts[1]++;
            if (problems.isEmpty()) {
                counts[0]++;
            }
        }
        assertThat(problems).as(base).isEmpty();
    }

    /** Every way the import differs from the expectation, in words. */
    static List<String> check(ImportPreview p, JsonNode expected) {
        List<String> problems = new ArrayList<>();
        String headline = expected.path("headline").asText();
        if (!headline.equals(p.metadata().headline())) {
            problems.add("headline: " + p.metadata().headline());
        }
        JsonNode speakers = expected.path("speakers");
        if (speakers.size() != p.roster().size()) {
            problems.add("roster: " + describe(p.roster()));
        }
        for (JsonNode s : speakers) {
            Speaker found = p.roster().stream().filter(r -> r.label().equals(s.path("label").asText())).findFirst()
                    .orElse(null);
            if (found == null) {
                problems.add("no speaker " + s.path("label").asText() + " in " + describe(p.roster()));
                continue;
            }
            if (!found.role().name().equals(s.path("role").asText())) {
                problems.add(found.label() + " is " + found.role());
            }
            if (s.has("title") && !s.path("title").asText().equals(found.title())) {
                problems.add(found.label() + " has title '" + found.title() + "'");
            }
        }
        List<List<Paragraph>> turns = turns(p.paragraphs());
        int want = expected.path("turns").asInt();
        if (Math.abs(turns.size() - want) > 1) {
            problems.add("turns: " + turns.size() + " instead of " + want);
        }
        if (!turns.isEmpty()) {
            turn(p, turns.get(0), expected.path("first"), "first", problems);
            turn(p, turns.get(turns.size() - 1), expected.path("last"), "last", problems);
        }
        // captions, time stamps, headings: in the text, but never in anybody's turn
        for (JsonNode narration : expected.path("narration")) {
            boolean seen = false;
            for (Paragraph par : p.paragraphs()) {
                if (par.text().contains(narration.asText())) {
                    seen = true;
                    if (par.speakerKey() != null) {
                        problems.add("'" + narration.asText() + "' is in " + par.speakerKey() + "'s turn");
                    }
                }
            }
            if (!seen) {
                problems.add("'" + narration.asText() + "' is gone");
            }
        }
        for (JsonNode bad : expected.path("mustNotContain")) {
            for (Paragraph par : p.paragraphs()) {
                if (par.text().contains(bad.asText())) {
                    problems.add("text keeps '" + bad.asText() + "': " + par.text());
                }
            }
            for (Speaker s : p.roster()) {
                if (s.label().contains(bad.asText())) {
                    problems.add("a label keeps '" + bad.asText() + "'");
                }
            }
        }
        return problems;
    }

    private static void turn(ImportPreview p, List<Paragraph> turn, JsonNode want, String which, List<String> problems) {
        if (want.isMissingNode()) {
            return;
        }
        String key = turn.get(0).speakerKey();
        String label = p.roster().stream().filter(s -> s.key().equals(key)).map(Speaker::label).findFirst().orElse("?");
        if (!label.equals(want.path("speaker").asText())) {
            problems.add(which + " turn is " + label + "'s");
        }
        if (!turn.get(0).text().startsWith(want.path("startsWith").asText())) {
            problems.add(which + " turn starts " + turn.get(0).text());
        }
    }

    /** Runs of paragraphs of one speaker; narration in between does not end a turn. */
    static List<List<Paragraph>> turns(List<Paragraph> paragraphs) {
        List<List<Paragraph>> turns = new ArrayList<>();
        String current = null;
        for (Paragraph p : paragraphs) {
            if (p.speakerKey() == null) {
                continue;
            }
            if (!p.speakerKey().equals(current)) {
                turns.add(new ArrayList<>());
                current = p.speakerKey();
            }
            turns.get(turns.size() - 1).add(p);
        }
        return turns;
    }

    private static String describe(List<Speaker> roster) {
        return roster.stream().map(s -> s.label() + "/" + s.title() + "/" + s.role()).toList().toString();
    }

    @AfterAll
    static void printTable() {
        StringBuilder sb = new StringBuilder("\nImport fixtures by class (passed/total):\n");
        BY_CLASS.forEach((c, n) -> sb.append(String.format("  class %-3s %2d/%2d%n", c, n[0], n[1])));
        System.out.println(sb);
    }
}
