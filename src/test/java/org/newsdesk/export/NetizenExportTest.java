package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

/** Netizens are printed the newsroom's way: 网友 before the nickname, in the page's script. */
class NetizenExportTest {

    @TempDir
    Path out;

    private static Story withNetizens() {
        Story base = ExportFixtures.interview("网友提问专场", List.of(
                new Paragraph("p1", "host", List.of(Span.plain("下面看网友的问题。"))),
                new Paragraph("p2", "audience1", List.of(Span.plain("补贴什么时候发？"))),
                new Paragraph("p3", "guest", List.of(Span.plain("下个月。"))),
                new Paragraph("p4", "audience2", List.of(Span.plain("需要本人去吗？")))));
        List<Speaker> speakers = new ArrayList<>(base.speakers());
        speakers.add(new Speaker("audience1", "小鱼儿", "小鱼儿", "", SpeakerRole.AUDIENCE));
        speakers.add(new Speaker("audience2", "网友老陈", "", "", SpeakerRole.AUDIENCE));
        return new Story(base.id(), base.slug(), base.status(), base.metadata(), speakers, base.paragraphs(),
                base.revision(), base.version(), base.createdAt(), base.updatedAt());
    }

    @Test
    void aNicknameGetsTheWordNetizenAndALabelThatHasItKeepsIt() {
        List<PageView.Para> paras = PageRenderer.paragraphs(withNetizens(), ExportOptions.defaults());
        assertThat(paras).extracting(PageView.Para::label).containsExactly("主持人：", "网友小鱼儿：", "李宝纯：", "网友老陈：");
        assertThat(paras.get(1).role()).isEqualTo("audience");
    }

    @Test
    void bothScriptsPrintNetizensInTheirOwnScript() throws Exception {
        ExportResult result = ExportFixtures.exporter().export(withNetizens(),
                ExportOptions.defaults().withScript(ScriptMode.BOTH), out, true);
        String hans = Files.readString(result.folder().resolve("index.html"));
        String hant = Files.readString(result.folder().resolve("index.zh-Hant.html"));
        assertThat(hans).contains("网友小鱼儿：").contains("role-audience");
        assertThat(hant).contains("網友小魚兒：").doesNotContain("网友小");
    }
}
