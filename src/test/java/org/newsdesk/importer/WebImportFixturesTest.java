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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;

/**
 * Invented portal pages (HTML in several layouts and encodings, and pages saved from a
 * browser as text), each with its expectation beside it ({@code <name>.expected.json}):
 * headline, speakers with roles, number of turns, the first and the last paragraph, and
 * page furniture that must not reach the transcript. The classes are those of the import
 * issue (8: the headline is never chrome, 9: chrome beyond a word list); the run ends with
 * a table of passes per class.
 */
class WebImportFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** class → {fixtures, passed} */
    private static final Map<Integer, int[]> TALLY = new TreeMap<>();

    static Path folder() {
        try {
            return Path.of(WebImportFixturesTest.class.getResource("/importer/fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("web-") && (n.endsWith(".html") || n.endsWith(".txt")))
                    .sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastFifteenFixturesAndEachHasItsExpectation() throws IOException {
        List<String> names = fixtures().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(15);
        for (String n : names) {
            assertThat(folder().resolve(expectationName(n))).as(n).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void importsAsExpected(String name) throws IOException {
        JsonNode expected = JSON.readTree(folder().resolve(expectationName(name)).toFile());
        List<Integer> classes = new ArrayList<>();
        expected.get("classes").forEach(c -> classes.add(c.asInt()));
        classes.forEach(c -> TALLY.computeIfAbsent(c, k -> new int[2])[0]++);
        ImportPreview p = new StoryImporter().preview(folder().resolve(name), ImportOptions.AUTO, ImportProgress.NONE);
        check(p, expected);
        classes.forEach(c -> TALLY.get(c)[1]++);
    }

    static void check(ImportPreview p, JsonNode expected) {
        assertThat(p.metadata().headline()).as("headline").isEqualTo(expected.get("headline").asText());
        List<String> labels = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        expected.get("speakers").forEach(s -> {
            labels.add(s.get("label").asText());
            roles.add(s.get("role").asText());
        });
        assertThat(p.roster()).as("speakers").extracting(Speaker::label).containsExactlyElementsOf(labels);
        assertThat(p.roster()).as("roles").extracting(s -> s.role().name()).containsExactlyElementsOf(roles);
        List<Paragraph> turnStarts = turnStarts(p.paragraphs());
        assertThat(turnStarts).as("turns").hasSize(expected.get("turns").asInt());
        Paragraph first = turnStarts.get(0);
        assertThat(label(p, first)).as("first speaker").isEqualTo(expected.get("first").get("speaker").asText());
        assertThat(first.text()).as("first turn").startsWith(expected.get("first").get("startsWith").asText());
        Paragraph last = p.paragraphs().get(p.paragraphs().size() - 1);
        assertThat(label(p, last)).as("last paragraph's speaker").isEqualTo(expected.get("last").get("speaker").asText());
        assertThat(last.text()).as("last paragraph").startsWith(expected.get("last").get("startsWith").asText());
        StringBuilder all = new StringBuilder();
        p.paragraphs().forEach(x -> all.append(x.text()).append('\n'));
        for (JsonNode chrome : expected.get("mustNotContain")) {
            assertThat(all.toString()).as("page chrome in the transcript").doesNotContain(chrome.asText());
            assertThat(p.metadata().headline()).as("page chrome in the headline").doesNotContain(chrome.asText());
        }
    }

    /** The first paragraph of every run of one speaker (narration breaks a run). */
    static List<Paragraph> turnStarts(List<Paragraph> paragraphs) {
        List<Paragraph> out = new ArrayList<>();
        String previous = null;
        for (Paragraph x : paragraphs) {
            if (x.speakerKey() != null && !x.speakerKey().equals(previous)) {
                out.add(x);
            }
            previous = x.speakerKey();
        }
        return out;
    }

    private static String label(ImportPreview p, Paragraph x) {
        return p.roster().stream().filter(s -> s.key().equals(x.speakerKey())).map(Speaker::label).findFirst()
                .orElse("(narration)");
    }

    static String expectationName(String fixture) {
        return fixture.substring(0, fixture.lastIndexOf('.')) + ".expected.json";
    }

    @AfterAll
    static void printTable() {
        StringBuilder sb = new StringBuilder("\nWeb import fixtures, per class (class: passed / fixtures)\n");
        TALLY.forEach((c, t) -> sb.append(String.format("  class %2d: %2d / %2d%n", c, t[1], t[0])));
        System.out.print(sb);
    }
}
