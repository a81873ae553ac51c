package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordingListTest {

    @Test
    void aPreferredFormIsSuggestedABannedTermIsAnError() {
        List<Finding> found = Proofing.check("截止目前，本店推出全网最低价商品。", false, ProofCategory.WORDING);
        assertThat(found).extracting(Finding::found).containsExactly("截止目前", "全网最低价");
        assertThat(found.get(0).suggestion()).isEqualTo("截至目前");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(found.get(1).suggestion()).isNull();
        assertThat(found.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(1).args()).containsExactly("全网最低价", "advertising");
    }

    @Test
    void rightWordingIsNotFlagged() {
        assertThat(Proofing.check("截至目前，价格保持稳定。截止日期是五月。", false, ProofCategory.WORDING)).isEmpty();
    }

    @Test
    void theDataFoldersListAddsAndReplacesEntries(@TempDir Path data) throws Exception {
        Path dir = Files.createDirectories(data.resolve(WordingList.DATA_FOLDER_DIR));
        Files.writeString(dir.resolve(WordingList.FILE), "ban\t内部消息\t\tconfidential\nban\t截止目前\t\tusage\n");
        WordingList list = WordingList.forDataFolder(data);
        Proofreader reader = new Proofreader(Proofreader.shippedConversion(), WordList.resource("confusables.txt"), list);
        List<Finding> found = Proofing.of(reader.checkText("截止目前的内部消息。", false), ProofCategory.WORDING);
        assertThat(found).extracting(Finding::messageKey).containsExactly("proof.wording.banned", "proof.wording.banned");
        assertThat(WordingList.parse(WordingList.format(list.entries()))).isEqualTo(list.entries());
    }

    @Test
    void aBadLineIsNamed() {
        assertThatThrownBy(() -> WordingList.parse("prefer\t截止目前\n"))
                .isInstanceOf(WordingList.BadLine.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> WordingList.parse("# c\nmaybe\tx\ty\tz\n"))
                .isInstanceOfSatisfying(WordingList.BadLine.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void everyBadLineIsListedAndAListWithOneIsNeverWritten(@TempDir Path data) throws Exception {
        String text = "# ours\nprefer\t截止目前\t截至目前\tusage\nprefer\t只有词\nban\t全网最低价\t\tads\nmaybe\tx\n";
        assertThat(WordingList.problems(text)).extracting(WordingList.BadLine::line).containsExactly(3, 5);
        assertThatThrownBy(() -> WordingList.saveNewsroomText(data, text)).isInstanceOf(WordingList.BadLine.class);
        assertThat(Files.exists(WordingList.file(data))).isFalse();

        String good = "ban\t内部消息\t\tconfidential";
        WordingList.saveNewsroomText(data, good);
        assertThat(WordingList.readNewsroomText(data)).isEqualTo(good + "\n");
        assertThat(WordingList.forDataFolder(data).entries()).contains(new WordingList.Entry("内部消息", null, "confidential"));
        // a sample tried with the text as edited, before it is saved
        List<Finding> tried = Proofreader.withWording(WordingList.withNewsroomText("ban\t样稿\t\ttest"))
                .checkText("这是一篇样稿。", false);
        assertThat(tried).extracting(Finding::found).contains("样稿");
    }
}
