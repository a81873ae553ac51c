package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.app.Workspace;
import picocli.CommandLine;

/** {@code newsdesk import FILE}, in-process against a throwaway data folder. */
class ImportCommandTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, importFile) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    @Tag(TestRequirements.SEED)
    void importsTheSeedPageAndPrintsTheSameJsonAsShow() throws IOException {
        Path seed = TestRequirements.seedPage();
        Run imported = run("import", seed.toString(), "--json");
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(imported.out());
        assertThat(json.at("/metadata/headline").asText()).isEqualTo("市科委副主任李寶純做客天津政務網");
        assertThat(json.at("/metadata/series/part").asInt()).isEqualTo(3);
        assertThat(json.at("/metadata/publishTime").asText()).isEqualTo("2015-07-31T10:02:54+08:00");
        assertThat(json.at("/paragraphs").size()).isEqualTo(6);

        // the import adds what it guessed; the rest is exactly what show prints
        assertThat(json.get("notes").isArray()).isTrue();
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("notes");
        Run shown = run("show", json.get("id").asText(), "--json");
        assertThat(shown.exit()).isZero();
        assertThat(new ObjectMapper().readTree(shown.out())).isEqualTo(json);
    }

    @Test
    void theJsonListsTheImportsGuessesWithTheirLines() throws IOException {
        Path file = Files.writeString(files.resolve("guesses.txt"), "訪談：夜市的燈\n溫子謙：夜市幾點開始？\n"
                + "范雲舒：傍晚六點，一直到凌晨兩點，週末會更晚一些，人多的時候要排很久的隊。\n溫子謙：攤位怎麼分配？\n"
                + "范雲舒：抽籤，每半年抽一次，誰也不能一直占著最好的位置。");
        Run r = run("import", file.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode notes = new ObjectMapper().readTree(r.out()).get("notes");
        JsonNode role = null;
        for (JsonNode n : notes) {
            if (n.get("kind").asText().equals("role_inferred")) {
                role = n;
            }
        }
        assertThat(role).as(notes.toString()).isNotNull();
        assertThat(role.get("line").asInt()).isEqualTo(2);
        assertThat(role.get("speaker").asText()).isNotEmpty();
        assertThat(role.get("text").asText()).contains("溫子謙");
    }

    @Test
    void printsTheIdWithoutJson() throws IOException {
        Path file = Files.writeString(files.resolve("t.txt"), "主持人：你好。\n王強：你好。");
        Run r = run("import", file.toString(), "--format", "TEXT", "--encoding", "UTF-8");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("[0-9a-f-]{36}");
        assertThat(run("list").out()).contains(r.out().strip());
    }

    @Test
    void aBadFileFailsWithOneLineNamingItAndStoresNothing() throws IOException {
        Path file = Files.write(files.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 1});
        Run r = run("import", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("newsdesk: ").contains(file.toString()).contains("not a text file");
        assertThat(run("list").out()).isBlank();
    }

    @Test
    void anUnknownEncodingOrFormat() throws IOException {
        Path file = Files.writeString(files.resolve("t.txt"), "主持人：你好。");
        Run r = run("import", file.toString(), "--encoding", "NO-SUCH-CHARSET");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("NO-SUCH-CHARSET").contains(file.toString());
        assertThat(run("import", file.toString(), "--format", "pdf").exit()).isEqualTo(2);
    }

    @Test
    void messagesComeInTheChosenLanguage() throws IOException {
        Path file = Files.write(files.resolve("empty.txt"), new byte[0]);
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, importFile) -> fail("must not open a window"));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        int exit = cl.execute("--data-dir", dataDir.toString(), "--lang", "zh-TW", "import", file.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("檔案是空的");
    }
}
