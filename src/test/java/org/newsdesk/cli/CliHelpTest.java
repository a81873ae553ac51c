package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.app.Workspace;
import org.newsdesk.credentials.MemoryCredentials;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Help, usage errors in the --lang language, --json on the commands that print a result, completion. */
class CliHelpTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    @TempDir
    Path share;

    private final MemoryCredentials memory = new MemoryCredentials();

    record Run(int exit, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }
    }

    private CommandLine commandLine() {
        return NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"), d -> memory);
    }

    /** Runs {@code newsdesk --data-dir <dataDir> args...} in-process. */
    private Run run(String... args) {
        CommandLine cl = commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertSucceeded(Run run) {
        assertThat(run.exit()).as("exit code; stderr: %s", run.err()).isZero();
        assertThat(run.err()).as("stderr").isEmpty();
    }

    // ------------------------------------------------------------ help

    @Test
    void listHelpAndHelpListPrintTheUsageInEnglish() {
        Run dashDash = run("--lang", "en", "list", "--help");
        Run help = run("--lang", "en", "help", "list");

        assertSucceeded(dashDash);
        assertSucceeded(help);
        assertThat(dashDash.out()).startsWith("Usage: newsdesk list")
                .contains("List stories, newest first.", "--json", "Print JSON.", "--trash", "--help");
        assertThat(help.out()).isEqualTo(dashDash.out());
    }

    @Test
    void listHelpAndHelpListPrintTheUsageInSimplifiedChinese() {
        Run dashDash = run("--lang", "zh-CN", "list", "--help");
        Run help = run("--lang", "zh-CN", "help", "list");

        assertSucceeded(dashDash);
        assertSucceeded(help);
        assertThat(dashDash.out()).startsWith("用法：newsdesk list")
                .contains("列出稿件，最新的在前。", "以 JSON 输出。", "列出回收站中的稿件。", "显示本帮助并退出。")
                .doesNotContain("Usage:", "Print JSON", "List the stories in the trash", "Show this help message",
                        "newest first");
        assertThat(help.out()).isEqualTo(dashDash.out());
    }

    @Test
    void helpWithoutACommandListsEveryCommandInTraditionalChinese() {
        Run help = run("--lang", "zh-TW", "help");

        assertSucceeded(help);
        assertThat(help.out()).startsWith("用法：newsdesk").contains("命令：", "發布", "寄件匣")
                .doesNotContain("發佈", "Commands:", "List stories");
        for (String command : List.of("list", "export", "publish", "sync", "help")) {
            assertThat(help.out()).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        assertThat(help.out()).doesNotContainPattern("(?m)^\\s+completion\\s");
    }

    @ParameterizedTest
    @ValueSource(strings = {"names rename", "targets add", "status", "export", "sync", "convert"})
    void everyCommandAcceptsHelp(String command) {
        List<String> args = new ArrayList<>(List.of("--lang", "zh-CN"));
        args.addAll(List.of(command.split(" ")));
        args.add("--help");

        Run run = run(args.toArray(String[]::new));

        assertSucceeded(run);
        assertThat(run.out()).startsWith("用法：newsdesk " + command);
    }

    @Test
    void withoutLangTheSystemLanguageIsUsed() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.TAIWAN);
            Run run = run("list", "--help");
            assertSucceeded(run);
            assertThat(run.out()).startsWith("用法：").contains("列出資源回收筒中的稿件。");
        } finally {
            Locale.setDefault(before);
        }
    }

    // ------------------------------------------------------------ usage errors

    @Test
    void anUnknownOptionInSimplifiedChineseIsOneChineseLineThenTheUsageAndExitTwo() {
        Run run = run("--lang", "zh-CN", "list", "--bogus");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("newsdesk: 未知选项：--bogus");
        assertThat(lines.get(1)).startsWith("用法：newsdesk list");
        assertThat(run.err()).doesNotContain("Unknown option", "Usage:");
    }

    @Test
    void aMissingOptionInTraditionalChineseNamesTheOption() {
        Run run = run("--lang", "zh-TW", "new");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().findFirst()).contains("newsdesk: 缺少：--headline");
        assertThat(run.err()).contains("用法：newsdesk new").doesNotContain("Missing required");
    }

    @Test
    void aBadValueAndAnUnknownCommandAreLocalisedToo() {
        Run badValue = run("--lang=zh-CN", "export", "abc", "--out", share.toString(), "--script", "latin");
        Run unknownCommand = run("--lang", "en", "lsit");

        assertThat(badValue.exit()).isEqualTo(2);
        assertThat(badValue.err().lines().findFirst().orElseThrow()).startsWith("newsdesk: --script 的值“latin”无效");
        assertThat(unknownCommand.exit()).isEqualTo(2);
        List<String> lines = unknownCommand.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("newsdesk: Unexpected argument or unknown command: lsit");
        assertThat(lines.get(1)).startsWith("Did you mean: ");
        assertThat(lines.get(2)).startsWith("Usage: newsdesk");
    }

    @Test
    void helpForAnUnknownCommandSaysSoInTheLangLanguage() {
        Run run = run("--lang", "zh-CN", "help", "nosuch");

        assertThat(run.exit()).isEqualTo(2);
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("newsdesk: 未知命令：nosuch");
        assertThat(lines.get(1)).startsWith("用法：newsdesk");
        assertThat(run.err()).doesNotContain("Unknown subcommand");
    }

    // ------------------------------------------------------------ bundles cover the whole tree

    @Test
    void everyCommandHasADescriptionInAllThreeBundles() throws IOException {
        Map<String, Properties> bundles = Map.of("cli.properties", load("cli.properties"),
                "cli_zh_CN.properties", load("cli_zh_CN.properties"),
                "cli_zh_TW.properties", load("cli_zh_TW.properties"));
        List<CommandSpec> commands = new ArrayList<>();
        collect(commandLine(), commands);
        assertThat(commands).hasSizeGreaterThan(20);

        for (var bundle : bundles.entrySet()) {
            for (CommandSpec command : commands) {
                String key = command.qualifiedName(".") + ".usage.description";
                String text = bundle.getValue().getProperty(key, bundle.getValue().getProperty(key + ".0"));
                assertThat(text).as("%s in %s", key, bundle.getKey()).isNotBlank();
                if (!bundle.getKey().equals("cli.properties")) {
                    assertThat(text).as("%s in %s", key, bundle.getKey()).containsPattern(CJK);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW"})
    void everyOptionAndParameterIsDescribedInChinese(String tag) {
        CommandLine cl = commandLine();
        CliLanguage.apply(cl, tag);
        List<CommandSpec> commands = new ArrayList<>();
        collect(cl, commands);

        for (CommandSpec command : commands) {
            List<ArgSpec> args = new ArrayList<>(command.options());
            args.addAll(command.positionalParameters());
            for (ArgSpec arg : args) {
                assertThat(String.join(" ", arg.description())).as("%s %s in %s", command.qualifiedName(),
                        arg.paramLabel(), tag).containsPattern(CJK);
            }
            assertThat(String.join(" ", command.usageMessage().description())).as(command.qualifiedName())
                    .containsPattern(CJK);
        }
    }

    @Test
    void everyOptionAndParameterIsDescribedInEnglish() {
        CommandLine cl = commandLine();
        CliLanguage.apply(cl, "en");
        List<CommandSpec> commands = new ArrayList<>();
        collect(cl, commands);

        for (CommandSpec command : commands) {
            for (ArgSpec arg : command.args()) {
                assertThat(String.join(" ", arg.description())).as("%s %s", command.qualifiedName(), arg.paramLabel())
                        .isNotBlank().doesNotContainPattern(CJK.pattern() + "{4}");
            }
        }
    }

    private static void collect(CommandLine cl, List<CommandSpec> into) {
        if (!into.contains(cl.getCommandSpec())) {
            into.add(cl.getCommandSpec());
        }
        cl.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(CliHelpTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    // ------------------------------------------------------------ --json

    private String newStory(String headline) {
        Run created = run("new", "--headline", headline);
        assertSucceeded(created);
        return created.out().strip();
    }

    private String approvedStory() {
        String id = newStory("市民熱線主任談夜間服務");
        Run meta = run("meta", id, "--set", "source=濱海市政務網", "--set", "editor=林曉禾",
                "--set", "publishTime=2019-03-14 09:30:00");
        assertSucceeded(meta);
        for (String status : List.of("ready", "approved")) {
            assertSucceeded(run("status", id, status));
        }
        return id;
    }

    @Test
    void exportJsonDescribesTheBundleAndTheWarning() throws IOException {
        String id = newStory("園區新政答客問");
        Path out = Files.createDirectories(share.resolve("out"));

        Run export = run("--lang", "en", "export", id, "--out", out.toString(), "--zip", "--json");

        assertThat(export.exit()).as(export.err()).isZero();
        JsonNode json = export.json();
        assertThat(json.path("id").asText()).isEqualTo(id);
        assertThat(json.path("revision").asInt()).isPositive();
        assertThat(Path.of(json.path("folder").asText()).resolve("index.html")).exists();
        assertThat(Path.of(json.path("zip").asText())).exists();
        assertThat(json.path("zipSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(json.path("warning").asText()).isNotBlank();
        assertThat(export.err()).contains(json.path("warning").asText());
    }

    @Test
    void statusPublishAndSyncJsonDescribeWhatHappened() {
        assertSucceeded(run("targets", "add", "share", "--folder", share.toString()));
        String id = approvedStory();

        Run publish = run("publish", id, "--json");
        assertSucceeded(publish);
        JsonNode published = publish.json();
        assertThat(published.path("id").asText()).isEqualTo(id);
        assertThat(published.path("revision").asInt()).isPositive();
        assertThat(published.path("sha256").asText()).matches("[0-9a-f]{64}");
        assertThat(published.path("queued").get(0).path("target").asText()).isEqualTo("share");

        Run sync = run("sync", "--once", "--json");
        assertThat(sync.exit()).as(sync.err()).isZero();
        JsonNode pass = sync.json();
        assertThat(pass.path("allDelivered").asBoolean()).isTrue();
        assertThat(pass.path("failed").asInt()).isZero();
        assertThat(pass.path("delivered").asInt()).isEqualTo(pass.path("attempts").size()).isPositive();
        assertThat(pass.path("attempts").get(0).path("outcome").asText()).isEqualTo("delivered");
        assertThat(pass.path("attempts").get(0).path("storyId").asText()).isEqualTo(id);
    }

    @Test
    void statusJsonNamesTheNewStatusAndQueuesNothing() {
        assertSucceeded(run("targets", "add", "share", "--folder", share.toString()));
        String id = approvedStory();

        Run status = run("status", id, "draft", "--json");

        assertSucceeded(status);
        assertThat(status.json().path("id").asText()).isEqualTo(id);
        assertThat(status.json().path("status").asText()).isEqualTo("draft");
        assertThat(status.json().path("queued")).isEmpty();
    }

    // ------------------------------------------------------------ completion

    @Test
    void completionPrintsABashScriptForTheWholeTree() {
        Run run = run("completion");

        assertSucceeded(run);
        assertThat(run.out()).contains("complete -F", "newsdesk", "publish", "--json", "--lang");
    }
}
