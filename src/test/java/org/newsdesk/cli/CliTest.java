package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cli.CliRun.assertFailedWith;
import static org.newsdesk.cli.CliRun.assertFailedWithOneLine;
import static org.newsdesk.cli.CliRun.assertSucceeded;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoryRepository;
import org.newsdesk.store.TestStores;

/** The {@code newsdesk} command line, run in-process against a throwaway data folder. */
class CliTest {

    private static final String HEADLINE = "市科委副主任做客政務網(3)";
    private static final Pattern UUID_LINE =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

    /** Runs {@code newsdesk --data-dir <dataDir> args...}; a window must never open. */
    private CliRun run(String... args) {
        return CliRun.in(dataDir, args);
    }

    private UUID newStory(String headline) {
        CliRun run = run("new", "--headline", headline);
        assertSucceeded(run);
        assertThat(run.out().strip()).matches(UUID_LINE);
        return UUID.fromString(run.out().strip());
    }

    private static Messages messages(String tag) {
        return new Messages(Locale.forLanguageTag(tag));
    }

    // ------------------------------------------------------------ new, list, show

    @Test
    void newPrintsTheIdAndListShowsTheStory() {
        UUID id = newStory(HEADLINE);

        CliRun list = run("list");
        assertSucceeded(list);
        assertThat(list.out().lines()).hasSize(1);
        assertThat(list.out()).contains(id.toString(), HEADLINE, "draft");

        CliRun json = run("list", "--json");
        assertSucceeded(json);
        JsonNode array = json.json();
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(1);
        JsonNode first = array.get(0);
        assertThat(first.path("id").asText()).isEqualTo(id.toString());
        assertThat(first.path("headline").asText()).isEqualTo(HEADLINE);
        assertThat(first.path("status").asText()).isEqualTo("draft");
        assertThat(first.has("deletedAt")).isFalse();
    }

    @Test
    void listOfAnEmptyStoreIsEmpty() {
        CliRun text = run("list");
        assertSucceeded(text);
        assertThat(text.out()).isEmpty();

        CliRun json = run("list", "--json");
        assertSucceeded(json);
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json()).isEmpty();
    }

    @Test
    void showJsonHasTheMetadataAndEmptyRosterAndTranscript() {
        UUID id = newStory(HEADLINE);

        CliRun run = run("show", id.toString(), "--json");

        assertSucceeded(run);
        JsonNode story = run.json();
        assertThat(story.path("id").asText()).isEqualTo(id.toString());
        assertThat(story.path("status").asText()).isEqualTo("draft");
        assertThat(story.path("metadata").path("headline").asText()).isEqualTo(HEADLINE);
        assertThat(story.path("speakers").isArray()).isTrue();
        assertThat(story.path("speakers")).isEmpty();
        assertThat(story.path("paragraphs").isArray()).isTrue();
        assertThat(story.path("paragraphs")).isEmpty();
    }

    @Test
    void showJsonHasTheRecordingAndEachParagraphsStartWhenKnown() {
        UUID id;
        try (Store store = Store.open(dataDir)) {
            id = store.stories().create(org.newsdesk.model.Metadata.withHeadline(HEADLINE), List.of(), List.of(
                    new org.newsdesk.model.Paragraph(org.newsdesk.model.Paragraph.newId(), null, List.of(org.newsdesk.model.Span.plain("开场")),
                            java.time.Duration.ofMillis(1500)),
                    new org.newsdesk.model.Paragraph(org.newsdesk.model.Paragraph.newId(), null, List.of(
                            org.newsdesk.model.Span.timestamp("[00:01:05]", java.time.Duration.ofSeconds(65)),
                            org.newsdesk.model.Span.plain("回答"))))).id();
            store.media().link(id, new org.newsdesk.model.MediaLink("/recordings/访谈.wav", "访谈.wav", 4096));
        }
        JsonNode story = run("show", id.toString(), "--json").json();
        assertThat(story.path("media").path("path").asText()).isEqualTo("/recordings/访谈.wav");
        assertThat(story.path("media").path("sizeBytes").asLong()).isEqualTo(4096);
        assertThat(story.path("paragraphs").get(0).path("startMs").asLong()).isEqualTo(1500);
        assertThat(story.path("paragraphs").get(1).path("startMs").isNull()).isTrue();
        assertThat(story.path("paragraphs").get(1).path("spans").get(0).path("timeMs").asLong()).isEqualTo(65_000);
        assertThat(run("show", newStory("无录音").toString(), "--json").json().path("media").isNull()).isTrue();
    }

    @Test
    void showAcceptsAUniqueIdPrefixInEitherCase() {
        List<UUID> ids = new ArrayList<>();
        // 17 ids over 16 hex digits: at least two share their first character.
        try (Store store = Store.open(dataDir)) {
            for (int i = 0; i < 17; i++) {
                ids.add(store.stories().create(Metadata.withHeadline("Story " + i), List.of(), List.of()).id());
            }
        }
        UUID target = ids.get(5);
        String prefix = shortestUniquePrefix(target, ids);

        CliRun lower = run("show", prefix, "--json");
        assertSucceeded(lower);
        assertThat(lower.json().path("id").asText()).isEqualTo(target.toString());
        assertThat(lower.json().path("metadata").path("headline").asText()).isEqualTo("Story 5");

        CliRun upper = run("show", prefix.toUpperCase(Locale.ROOT), "--json");
        assertSucceeded(upper);
        assertThat(upper.json().path("id").asText()).isEqualTo(target.toString());

        Map<Character, Integer> firstChars = new HashMap<>();
        ids.forEach(id -> firstChars.merge(id.toString().charAt(0), 1, Integer::sum));
        char shared = firstChars.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        CliRun ambiguous = run("show", String.valueOf(shared));
        assertFailedWithOneLine(ambiguous);
        assertThat(ambiguous.errLines().get(0)).isEqualTo("newsdesk: "
                + new Messages(Locale.ENGLISH).get("cli.ambiguousId", String.valueOf(shared)));
    }

    private static String shortestUniquePrefix(UUID target, List<UUID> all) {
        String t = target.toString();
        for (int length = 1; length <= t.length(); length++) {
            String prefix = t.substring(0, length);
            long matches = all.stream().filter(id -> id.toString().startsWith(prefix)).count();
            if (matches == 1) {
                return prefix;
            }
        }
        throw new AssertionError("no unique prefix for " + t);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "%%", "________"})
    void likeWildcardsInAnIdPrefixMatchNothing(String wildcard) {
        newStory(HEADLINE);

        assertFailedWith(run("--lang", "en", "show", wildcard), ENGLISH.get("store.error.notFound"));
    }

    @Test
    void showOfAnUnknownIdFailsWithOneLine() {
        newStory(HEADLINE);

        CliRun run = run("--lang", "en", "show", UUID.randomUUID().toString());

        assertFailedWith(run, ENGLISH.get("store.error.notFound"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW", "zh-HK", "zh_CN"})
    void theErrorLineIsInTheChosenLanguage(String lang) {
        CliRun run = run("--lang", lang, "show", "00000000-0000-0000-0000-000000000000");

        assertFailedWith(run, messages(lang.replace('_', '-')).get("store.error.notFound"));
    }

    @Test
    void simplifiedAndTraditionalErrorLinesComeFromTheirOwnBundles() {
        String simplified = messages("zh-CN").get("store.error.notFound");
        String traditional = messages("zh-TW").get("store.error.notFound");
        String english = ENGLISH.get("store.error.notFound");
        // Guard against a bundle silently falling back to another language.
        assertThat(simplified).isNotEqualTo(traditional).isNotEqualTo(english).doesNotStartWith("!");
        assertThat(traditional).isNotEqualTo(english).doesNotStartWith("!");

        String unknown = UUID.randomUUID().toString();
        assertFailedWith(run("--lang", "zh-CN", "show", unknown), simplified);
        assertFailedWith(run("--lang", "zh-TW", "show", unknown), traditional);
    }

    // ------------------------------------------------------------ a whole story

    @Test
    void aFullStoryRoundTripsThroughShowJson() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Metadata metadata = new Metadata(HEADLINE, "政務訪談", "", "", "政務網", List.of("張記者"), "王編輯",
                ZonedDateTime.of(2015, 7, 31, 10, 2, 54, 0, shanghai), shanghai,
                List.of(), List.of(), null, "", null);
        List<Speaker> speakers = List.of(
                new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("guest1", "李主任", "李寶純", "市科委副主任", SpeakerRole.GUEST));
        Paragraph narration = Paragraph.narration("【政務訪談】今天我們請到市科委副主任。");
        Paragraph host = new Paragraph(Paragraph.newId(), "host", List.of(
                Span.plain("歡迎"), Span.styled("李主任", SpanStyle.BOLD), Span.plain("做客。")));
        Paragraph guest = new Paragraph(Paragraph.newId(), "guest1", List.of(
                Span.styled("謝謝", SpanStyle.BOLD, SpanStyle.ITALIC), Span.plain("主持人。")));
        Paragraph guestAgain = Paragraph.of("guest1", "科技創新是重點。");
        Story created;
        try (Store store = Store.open(dataDir)) {
            StoryRepository stories = store.stories();
            created = stories.create(metadata, speakers, List.of(narration, host, guest, guestAgain));
        }

        CliRun run = run("show", created.id().toString(), "--json");

        assertSucceeded(run);
        JsonNode story = run.json();
        assertThat(story.path("id").asText()).isEqualTo(created.id().toString());
        assertThat(story.path("status").asText()).isEqualTo("draft");
        assertThat(story.path("slug").asText()).isEqualTo(created.slug());

        JsonNode m = story.path("metadata");
        assertThat(m.path("headline").asText()).isEqualTo(HEADLINE);
        assertThat(m.path("kicker").asText()).isEqualTo("政務訪談");
        assertThat(m.path("source").asText()).isEqualTo("政務網");
        assertThat(m.path("editor").asText()).isEqualTo("王編輯");
        assertThat(m.path("authors")).extracting(JsonNode::asText).containsExactly("張記者");
        assertThat(m.path("publishTime").asText()).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(m.path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(m.path("series").isNull()).isTrue();

        JsonNode roster = story.path("speakers");
        assertThat(roster).hasSize(2);
        assertSpeaker(roster.get(0), "host", "主持人", "", "", "host");
        assertSpeaker(roster.get(1), "guest1", "李主任", "李寶純", "市科委副主任", "guest");

        JsonNode paragraphs = story.path("paragraphs");
        assertThat(paragraphs).hasSize(4);
        assertThat(paragraphs.get(0).has("speaker")).isTrue();
        assertThat(paragraphs.get(0).path("speaker").isNull()).isTrue();
        assertThat(paragraphs.get(0).path("text").asText()).isEqualTo(narration.text());
        assertThat(paragraphs.get(1).path("speaker").asText()).isEqualTo("host");
        assertThat(paragraphs.get(1).path("text").asText()).isEqualTo("歡迎李主任做客。");
        assertThat(paragraphs.get(2).path("speaker").asText()).isEqualTo("guest1");
        assertThat(paragraphs.get(2).path("text").asText()).isEqualTo("謝謝主持人。");
        assertThat(paragraphs.get(3).path("speaker").asText()).isEqualTo("guest1");
        List<String> ids = new ArrayList<>();
        paragraphs.forEach(p -> ids.add(p.path("id").asText()));
        assertThat(ids).containsExactly(narration.id(), host.id(), guest.id(), guestAgain.id());

        JsonNode hostSpans = paragraphs.get(1).path("spans");
        assertThat(hostSpans).hasSize(3);
        assertThat(hostSpans.get(0).path("text").asText()).isEqualTo("歡迎");
        assertThat(hostSpans.get(0).path("styles")).isEmpty();
        assertThat(hostSpans.get(1).path("text").asText()).isEqualTo("李主任");
        assertThat(hostSpans.get(1).path("styles")).extracting(JsonNode::asText).containsExactly("bold");
        assertThat(hostSpans.get(2).path("styles")).isEmpty();
        assertThat(paragraphs.get(2).path("spans").get(0).path("styles"))
                .extracting(JsonNode::asText).containsExactly("bold", "italic");
    }

    private static void assertSpeaker(JsonNode s, String key, String label, String fullName, String title,
                                      String role) {
        assertThat(s.path("key").asText()).isEqualTo(key);
        assertThat(s.path("label").asText()).isEqualTo(label);
        assertThat(s.path("fullName").asText()).isEqualTo(fullName);
        assertThat(s.path("title").asText()).isEqualTo(title);
        assertThat(s.path("role").asText()).isEqualTo(role);
    }

    @Test
    void showAsTextLabelsEachTurnOnce() {
        List<Speaker> speakers = List.of(
                new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("guest1", "李主任", "李寶純", "市科委副主任", SpeakerRole.GUEST));
        Story created;
        try (Store store = Store.open(dataDir)) {
            created = store.stories().create(Metadata.withHeadline(HEADLINE).withSource("政務網").withEditor("王編輯"),
                    speakers, List.of(
                            Paragraph.narration("【政務訪談】"),
                            Paragraph.of("host", "歡迎李主任。"),
                            Paragraph.of("guest1", "謝謝。"),
                            Paragraph.of("guest1", "第二段。")));
        }
        Messages traditional = messages("zh-TW");

        CliRun run = run("--lang", "zh-TW", "show", created.id().toString());

        assertSucceeded(run);
        assertThat(run.out().lines()).containsExactly(
                HEADLINE,
                traditional.get("cli.show.line", created.id(), "draft", 0),
                traditional.get("cli.show.meta", "政務網", "", "王編輯"),
                "",
                "【政務訪談】",
                "主持人：歡迎李主任。",
                "李主任：謝謝。",
                "第二段。");
    }

    // ------------------------------------------------------------ store problems

    @Test
    void aDataDirThatIsAFileFailsNamingThePath() throws IOException {
        Path file = Files.writeString(dataDir.resolve("not-a-folder.txt"), "x");

        CliRun run = CliRun.in(file, "--lang", "en", "list");

        assertFailedWith(run, ENGLISH.get("store.error.folder", file.toAbsolutePath()));
        assertThat(run.err()).contains(file.toAbsolutePath().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW"})
    void aLockedStoreRefusesAWriteWithTheLocalizedMessage(String lang) {
        Path folder = dataDir.toAbsolutePath();
        try (Store held = Store.open(folder)) {
            assertThat(held.folder()).isEqualTo(folder);
            // a reading command reads a copy of a held folder (HeldFolderCliTest); a writing one is refused
            CliRun run = run("--lang", lang, "new", "--headline", "锁住时的稿件");

            assertFailedWith(run, messages(lang).get("store.error.locked", folder));
            assertThat(run.err()).contains(folder.toString());
        }
        // Once the other user closes the store, the command works again.
        assertSucceeded(run("list"));
    }
}
