package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import picocli.CommandLine;

/** proof on the command line, in-process on a throwaway data folder. */
class ProofCommandTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void emptyStore() {
        TestStores.emptyIn(dataDir);
    }

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
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    private UUID story(String... guestParagraphs) {
        List<Paragraph> ps = new ArrayList<>();
        ps.add(Paragraph.of("host", "請問具體的措施有哪些？"));
        for (String p : guestParagraphs) {
            ps.add(Paragraph.of("guest1", p));
        }
        try (Store store = TestStores.fresh(dataDir)) {
            return store.stories().create(Metadata.withHeadline("區文化館館長談閱讀推廣"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest1", "鄭雅雯", "鄭雅雯", "館長", SpeakerRole.GUEST)), ps).id();
        }
    }

    private Story load(UUID id) {
        try (Store store = TestStores.fresh(dataDir)) {
            return store.stories().get(id);
        }
    }

    @Test
    void conversionErrorsFailTheCheckAndFixSafeSavesARevisionThatPasses() throws Exception {
        UUID id = story("我們抽調精乾人員，打通服務的最後一公裡。", "閱讀服務的水平不斷提昇。");

        Run check = run("proof", id.toString().substring(0, 8));
        assertThat(check.exit()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("Mis-conversion: 精乾人員 should read 精幹人員", "一公裡", "提昇", "Paragraph 2",
                "3 errors, 0 warnings.");

        Run json = run("proof", id.toString(), "--json");
        assertThat(json.exit()).isEqualTo(1);
        JsonNode n = new ObjectMapper().readTree(json.out());
        assertThat(n.get("traditional").asBoolean()).isTrue();
        assertThat(n.get("errors").asInt()).isEqualTo(3);
        assertThat(n.get("findings").get(0).get("category").asText()).isEqualTo("conversion");
        assertThat(n.get("findings").get(0).get("suggestion").asText()).isEqualTo("精幹人員");
        assertThat(n.get("findings").get(0).get("safe").asBoolean()).isTrue();

        Run fixed = run("proof", id.toString(), "--fix", "SAFE");
        assertThat(fixed.exit()).as(fixed.out() + fixed.err()).isZero();
        assertThat(fixed.out()).contains("Applied 3 safe fixes; saved as revision 1.", "No findings.");
        Story after = load(id);
        assertThat(after.paragraphs().get(1).text()).isEqualTo("我們抽調精幹人員，打通服務的最後一公里。");
        assertThat(after.paragraphs().get(2).text()).isEqualTo("閱讀服務的水平不斷提升。");
        assertThat(after.revision()).isEqualTo(1);

        assertThat(run("proof", id.toString()).exit()).isZero();
    }

    @Test
    void errorsThatNeedAnEditorRemainAfterFixSafe() {
        UUID id = story("這件事己經完成了，服務不斷提昇。");
        Run fixed = run("proof", id.toString(), "--fix", "safe");
        assertThat(fixed.exit()).isEqualTo(1);
        assertThat(fixed.out()).contains("Applied 1 safe fixes", "Look-alike character: 己經 should read 已經");
        assertThat(load(id).paragraphs().get(1).text()).isEqualTo("這件事己經完成了，服務不斷提升。");
    }

    @Test
    void warningsAloneDoNotFailAndAnUnknownFixModeIsRefused() {
        UUID id = story("好,我們開始吧。");
        Run check = run("proof", id.toString());
        assertThat(check.exit()).isZero();
        assertThat(check.out()).contains("Half-width , in Chinese text: use ，", "0 errors, 1 warning.");

        Run bad = run("proof", id.toString(), "--fix", "ALL");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("--fix takes SAFE");
        assertThat(run("proof", id.toString(), "--fix", "SAFE").out()).contains("No safe fixes to apply.");
    }

    @Test
    void theTraditionalExportCorrectsAndReportsUnlessAsWritten() throws Exception {
        UUID id = story("我們抽調精乾人員，服務水平不斷提昇。");
        Path out = dataDir.resolve("out");
        Run export = run("export", id.toString(), "--out", out.toString(), "--script", "hant");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Conversion errors corrected in the Traditional page: 精乾人員 → 精幹人員, 提昇 → 提升");
        Path page;
        try (var files = java.nio.file.Files.walk(out)) {
            page = files.filter(f -> f.getFileName().toString().equals("index.html")).findFirst().orElseThrow();
        }
        assertThat(java.nio.file.Files.readString(page)).contains("精幹人員", "提升").doesNotContain("精乾人員");

        Path written = dataDir.resolve("written");
        Run asWritten = run("export", id.toString(), "--out", written.toString(), "--script", "hant", "--as-written");
        assertThat(asWritten.out()).doesNotContain("Conversion errors corrected");
        try (var files = java.nio.file.Files.walk(written)) {
            page = files.filter(f -> f.getFileName().toString().equals("index.html")).findFirst().orElseThrow();
        }
        assertThat(java.nio.file.Files.readString(page)).contains("精乾人員", "提昇");
    }
}
