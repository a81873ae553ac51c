package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import org.newsdesk.app.Workspace;

/** {@code import URL} against a page server on 127.0.0.1, and importing the same thing twice. */
class ImportAddressAndAgainCliTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private HttpServer server;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String serve(String path, String contentType, byte[] body) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().set("Content-Type", contentType);
            ex.sendResponseHeaders(body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
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

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("user.dir"), "src/test/resources/importer/fixtures", name));
    }

    @Test
    void importsAPageFromItsAddressAndRefusesTheSameAddressTwice() throws IOException {
        String url = serve("/talk/9-01.html", "text/html; charset=utf-8", fixture("web-9-01.html"));
        Run first = run("import", url, "--json");
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.at("/metadata/headline").asText()).isEqualTo("区文旅局局长谈夜间文旅消费");
        assertThat(json.at("/paragraphs").size()).isEqualTo(7);

        Run second = run("import", url);
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).startsWith("newsdesk: " + url + " was imported before as story "
                + json.get("id").asText()).contains("--again").doesNotContain("\n\n");
        assertThat(run("list").out().lines().count()).isEqualTo(1);

        Run again = run("import", url, "--again");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out().strip()).isNotEqualTo(json.get("id").asText());
    }

    @Test
    void theSameFileUnderAnotherNameIsNoticedByItsContent() throws IOException {
        Path one = Files.write(files.resolve("one.txt"), fixture("web-9-06.txt"));
        Path copy = Files.write(files.resolve("copy of one.txt"), fixture("web-9-06.txt"));
        Run first = run("import", one.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        Run second = run("import", copy.toString());
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.err()).contains(first.out().strip()).contains("区教育局局长谈课后服务");
    }

    @Test
    void aStoryInTheTrashDoesNotBlockANewImport() throws IOException {
        Path one = Files.write(files.resolve("one.txt"), fixture("web-9-08.txt"));
        String id = run("import", one.toString()).out().strip();
        assertThat(run("delete", id).exit()).isZero();
        assertThat(run("import", one.toString()).exit()).isZero();
    }

    @Test
    void aPartInTheOtherScriptJoinsTheSeriesOfTheSameName() throws IOException {
        Path hans = Files.writeString(files.resolve("part1.txt"), """
                首页 > 访谈 > 正文
                港湾市交通局长谈轻轨延伸线（一）
                来源：港湾时报  2024-11-02 16:45  编辑：蔡宛真
                主持人：局长您好，工程到了哪个阶段？
                嘉宾：主体结构已经完成八成。
                """);
        Path hant = Files.writeString(files.resolve("part2.txt"), """
                首頁 -> 頭條
                港灣市交通局長談輕軌延伸線（二）
                來源：港灣時報  2024-11-03 16:45  編輯：蔡宛真
                主持人：通車以後要多久？
                嘉賓：大約二十二分鐘。
                """);
        JsonNode one = new ObjectMapper().readTree(run("import", hans.toString(), "--json").out());
        Run r = run("import", hant.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode two = new ObjectMapper().readTree(r.out());
        assertThat(two.at("/metadata/series/id").asText()).isEqualTo(one.at("/metadata/series/id").asText());
        assertThat(two.at("/metadata/series/name").asText()).isEqualTo("港湾市交通局长谈轻轨延伸线");
        assertThat(two.at("/metadata/series/part").asInt()).isEqualTo(2);
        assertThat(two.at("/metadata/headline").asText()).isEqualTo("港灣市交通局長談輕軌延伸線");
    }

    @Test
    void addressProblemsAreOneTypedLineAndStoreNothing() {
        String missing = serve("/gone.html", "text/html", new byte[0]);
        Run r = run("import", missing);
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("newsdesk: " + missing
                + ": the server has no page at this address (HTTP 404). Check the address.");
        Run bad = run("import", "ftp://example.org/a.html");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("http:// or https://");
        assertThat(dataDir.resolve("newsdesk.mv.db")).doesNotExist();
    }

    @Test
    void aPageServedAsGbkWithoutACharsetHeaderImportsRight() throws IOException {
        String url = serve("/gbk.html", "text/html", fixture("web-9-10.html"));
        Run r = run("import", url, "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.at("/metadata/headline").asText()).isEqualTo("开发区主任谈招商引资");
        assertThat(json.at("/paragraphs/0/text").asText()).isEqualTo("今年开发区的招商情况怎么样？");
        assertThat(new String(fixture("web-9-10.html"), StandardCharsets.UTF_8)).doesNotContain("开发区");
    }
}
