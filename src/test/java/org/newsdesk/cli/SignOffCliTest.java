package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.workflow.signoff.ReviewChain;

/** {@code approve}, {@code status ID approved} and {@code show --json} with the review chain from the preferences file. */
class SignOffCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    @TempDir
    Path configDir;

    record Run(int exit, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private void chain(ReviewChain chain) {
        new PreferencesFile(configDir.resolve(PreferencesFile.FILE_NAME), Clock.systemUTC())
                .save(Preferences.defaults().withEditorName("設定裡的名字").withReviewChain(chain));
    }

    private Run run(String lang, String... args) {
        PreferencesFile file = new PreferencesFile(configDir.resolve(PreferencesFile.FILE_NAME), Clock.systemUTC());
        NewsdeskCommand root = new NewsdeskCommand(Workspace.commandLine(), (d, l, importFile) -> fail("must not open a window"),
                d -> fail("needs no credentials"), file);
        var cl = NewsdeskCommand.create(root);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--lang", lang));
        all.addAll(List.of(args));
        return new Run(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** A short ready-to-review interview, made and submitted by 王編輯 on the command line. */
    private UUID submittedBy王() {
        UUID id;
        try (Store store = TestStores.fresh(dataDir)) {
            id = store.stories().create(Metadata.withHeadline("區長談老舊小區改造"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest1", "周區長", "", "", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("host", "改造從哪裡開始？"), Paragraph.of("guest1", "先換水管，再加電梯。"))).id();
        }
        Run meta = run("en", "--editor", "王編輯", "meta", id.toString(), "--set", "source=區政府網站",
                "--set", "editor=王編輯", "--set", "publishTime=2026-03-02 09:30:00");
        assertThat(meta.exit()).as(meta.err()).isZero();
        Run ready = run("en", "--editor", "王編輯", "status", id.toString(), "ready");
        assertThat(ready.exit()).as(ready.err()).isZero();
        return id;
    }

    @Test
    void threeLevelsAreSignedByThreeEditorsAndShowJsonListsThem() throws Exception {
        chain(ReviewChain.THREE);
        UUID id = submittedBy王();

        Run first = run("en", "--editor", "初審甲", "approve", id.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("First check (level 1 of 3) signed by 初審甲").contains("is now Ready");

        Run again = run("en", "--editor", "初審甲", "status", id.toString(), "approved");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo(
                "newsdesk: 初審甲 signed an earlier level already: level 2 needs a different editor.");

        Run second = run("en", "approve", id.toString(), "--by", "復審乙", "--json");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.json().path("status").asText()).isEqualTo("ready");
        assertThat(second.json().path("signedLevel").asInt()).isEqualTo(2);

        Run author = run("zh-CN", "--editor", "王編輯", "approve", id.toString());
        assertThat(author.exit()).isEqualTo(1);
        assertThat(author.err().strip()).isEqualTo("newsdesk: 王編輯 是这篇稿件的最后修改者，终审须由另一位编辑签字（双人把关）。");

        Run last = run("en", "--editor", "終審丙", "status", id.toString(), "approved");
        assertThat(last.exit()).as(last.err()).isZero();
        assertThat(last.out()).contains("Final approval (level 3 of 3) signed by 終審丙").contains("is now Approved");

        JsonNode shown = run("en", "show", id.toString(), "--json").json();
        JsonNode signOff = shown.path("signOff");
        assertThat(signOff.path("chain").asText()).isEqualTo("three");
        assertThat(signOff.path("nextLevel").isNull()).isTrue();
        assertThat(signOff.path("lastChangedBy").asText()).isEqualTo("王編輯");
        assertThat(signOff.path("signatures")).extracting(s -> s.path("level").asInt() + ":" + s.path("by").asText())
                .containsExactly("1:初審甲", "2:復審乙", "3:終審丙");
        assertThat(signOff.path("signatures").get(0).path("version").asLong()).isPositive();
        assertThat(shown.path("status").asText()).isEqualTo("approved");
    }

    @Test
    void withOneLevelTheAuthorApprovesAsBeforeAndAChangeSendsItBack() throws Exception {
        chain(ReviewChain.ONE);
        UUID id = submittedBy王();

        Run approved = run("en", "--editor", "王編輯", "status", id.toString(), "approved");
        assertThat(approved.exit()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("is now Approved");

        Run edit = run("en", "--editor", "趙改稿", "meta", id.toString(), "--set", "subtitle=補一個副題");
        assertThat(edit.exit()).as(edit.err()).isZero();

        JsonNode shown = run("en", "show", id.toString(), "--json").json();
        assertThat(shown.path("status").asText()).isEqualTo("ready");
        assertThat(shown.path("signOff").path("signatures")).isEmpty();
        JsonNode back = shown.path("statusHistory").get(2);
        assertThat(back.path("from").asText()).isEqualTo("approved");
        assertThat(back.path("to").asText()).isEqualTo("ready");
        assertThat(back.path("reason").asText()).isEqualTo("changed");
        assertThat(back.path("by").asText()).isEqualTo("趙改稿");
    }
}
