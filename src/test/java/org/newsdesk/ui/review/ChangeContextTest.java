package org.newsdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.workflow.revisions.RevisionDiff.Kind;
import org.newsdesk.workflow.revisions.RevisionDiff.Piece;
import org.newsdesk.workflow.revisions.RevisionDiff;

/** The review pane shows a change in its phrase, not the whole paragraph twice. */
class ChangeContextTest {

    private static String text(List<Piece> pieces) {
        return pieces.stream().map(Piece::text).reduce("", String::concat);
    }

    @Test
    void aSmallChangeInALongParagraphKeepsAFewCharactersEitherSide() {
        String head = "其次是，我市建立了相关工作机制，构建了高效有力的制度保障和组织推动体系。";
        String tail = "各区县也相继成立了由主要负责同志牵头的联席会议或领导小组，建立了众创空间服务专员制度。";
        List<Piece> pieces = RevisionDiff.characters(head + "第一项" + tail, head + "第一项（经核实）" + tail);

        List<Piece> shown = ChangeContext.around(pieces, 6);

        assertThat(text(ChangeContext.side(shown, true))).isEqualTo("…体系。第一项（经核实）各区县也相继…");
        assertThat(text(ChangeContext.side(shown, false))).isEqualTo("…体系。第一项各区县也相继…");
        assertThat(shown).filteredOn(p -> p.kind() == Kind.INSERTED).extracting(Piece::text).containsExactly("（经核实）");
    }

    @Test
    void changedTextAndShortRunsBetweenChangesAreNeverCut() {
        List<Piece> pieces = List.of(new Piece(Kind.SAME, "谢谢主持人，"), new Piece(Kind.DELETED, "很高兴"),
                new Piece(Kind.INSERTED, "非常高兴"), new Piece(Kind.SAME, "和大家"), new Piece(Kind.DELETED, "交流"),
                new Piece(Kind.INSERTED, "见面"), new Piece(Kind.SAME, "。"));

        assertThat(ChangeContext.around(pieces, 6)).isEqualTo(pieces);
    }

    @Test
    void surrogatePairsAreCutWhole() {
        String rare = "𠀀".repeat(20);
        List<Piece> pieces = List.of(new Piece(Kind.SAME, rare), new Piece(Kind.INSERTED, "甲"));

        assertThat(ChangeContext.around(pieces, 3).get(0).text()).isEqualTo("…𠀀𠀀𠀀");
    }
}
