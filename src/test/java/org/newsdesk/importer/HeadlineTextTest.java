package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.text.SourceParagraph;

/** A headline taken apart: a typed label before it is not part of it; a speaker's name before a quote is. */
class HeadlineTextTest {

    @Test
    void aLabelBeforeTheHeadlineIsDropped() {
        assertThat(HeadlineText.of("标题：渡口改造访谈").text()).isEqualTo("渡口改造访谈");
        assertThat(HeadlineText.of("標題： 渡口改造訪談（2）")).isEqualTo(new HeadlineText("渡口改造訪談", 2));
        assertThat(HeadlineText.of("Title: Rebuilding the ferry pier").text()).isEqualTo("Rebuilding the ferry pier");
    }

    @Test
    void aSpeakersNameBeforeAQuoteStaysAndALabelAloneIsNotEmptied() {
        assertThat(HeadlineText.of("李局长：渡口改造分两期").text()).isEqualTo("李局长：渡口改造分两期");
        assertThat(HeadlineText.of("标题党：网友怎么看").text()).isEqualTo("标题党：网友怎么看");
        assertThat(HeadlineText.of("标题：").text()).isEqualTo("标题：");
    }

    @Test
    void aTypedFilesLabelledFirstLineGivesTheHeadlineWithoutItsLabel() {
        List<SourceParagraph> lines = new ArrayList<>();
        for (String text : List.of("标题：渡口改造访谈", "", "主持人：各位网友好。", "李局长：大家好。")) {
            lines.add(SourceParagraph.plain(text, lines.size() + 1));
        }
        PortalPage page = TopHeadline.apply(lines, "文件名", new ArrayList<>());
        assertThat(page.metadata().headline()).isEqualTo("渡口改造访谈");
    }
}
