package org.newsdesk.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Story;

class ConversionErrorsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "我們要有乾事創業的熱情。|幹事創業",
        "抽調精乾人員組成小組。|精幹人員",
        "他是單位的業務骨乾。|骨幹",
        "全市的乾部都到了現場。|幹部",
        "不要乾擾別人的工作。|干擾",
        "服務水平不斷提昇。|提升",
        "系統已經昇級完畢。|升級",
        "公司誠聘英纔。|英才",
        "這是一位難得的奇纔。|奇才",
        "打通服務的最後一公裡。|一公里",
        "這條路全長十公裡。|公里",
        "鄰裡之間要互相照顧。|鄰里",
        "我市採取瞭如下措施。|了如下",
        "報告展示瞭如何落實。|了如何",
        "她在劇中扮演皇後。|皇后",
        "山上有很多鬆樹。|松樹",
        "我們要麵對新的挑戰。|面對",
        "他去理發店。|理髮",
        "雙方的關系一直很好。|關係",
        "要完善工作機製。|機制",
        "方案已經得到批準。|批准",
        "情況非常復雜。|複雜",
        "工廠逐步恢複生產。|恢復",
        "兩人一見鐘情。|鍾情",
        "請查看農歷日期。|農曆",
        "要進一步規范管理。|規範",
        "隻有這樣才能成功。|只有",
    })
    void aMisconversionIsFlaggedWithTheRightForm(String text, String right) {
        List<Finding> found = Proofing.check(text, true, ProofCategory.CONVERSION);
        assertThat(found).extracting(Finding::suggestion).containsExactly(right);
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(found.get(0).safe()).isTrue();
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo(found.get(0).found());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "衣服已經曬乾了，摸起來很乾燥。", "房間打掃得很乾淨。", "盒子裡有兩塊餅乾。", "這是乾隆年間的瓷器。",
        "歌舞昇平的年代。", "他的思想得到了昇華。", "旭日東昇。",
        "他剛纔到，纔能開始。", "這裡的風景很美，我心裡很高興。", "我們要瞭解居民的需要。", "他對這裡瞭如指掌。",
        "天后宮在港口旁邊。", "工作之後放鬆一下。", "他愛吃牛肉麵。", "她的頭髮很長。", "兩國的關係很好。",
        "我們保持聯繫。", "這是機關系統內部的文件。", "製造業在發展。", "大家準備好了嗎？", "系統恢復正常。",
        "這裡長滿了青草。", "他在事故裡受了傷。", "時鐘走得很準。", "只有三個人。",
    })
    void rightTraditionalTextIsNotFlagged(String text) {
        assertThat(Proofing.check(text, true, ProofCategory.CONVERSION)).isEmpty();
    }

    @Test
    void simplifiedTextIsNotCheckedForConversion() {
        // 乾 in a Simplified text is the 乾 of 乾隆 and 乾坤; conversion errors are a Traditional matter
        assertThat(Proofing.check("乾部", false, ProofCategory.CONVERSION)).isEmpty();
    }

    @Test
    void theSeedPageGivesExactlyItsFiveConversionErrors() {
        Story page = Proofing.story("", Proofing.lines(Proofing.seed()));
        ProofReport report = Proofing.READER.check(page, ProofContext.DEFAULT);
        assertThat(report.traditional()).isTrue();
        Set<String> pairs = new LinkedHashSet<>();
        report.of(ProofCategory.CONVERSION).forEach(f -> pairs.add(f.found() + "→" + f.suggestion()));
        assertThat(pairs).containsExactlyInAnyOrder("乾事創業→幹事創業", "精乾人員→精幹人員", "提昇→提升", "英纔→英才",
                "一公裡→一公里");
        // 提昇 is written twice on the page; every other error once
        assertThat(report.of(ProofCategory.CONVERSION)).hasSize(6);
    }

    @Test
    void theSeedAsImportedKeepsFourOfThemTheFooterWith英纔IsLeftOut() {
        Story story = Proofing.imported(Proofing.seed());
        ProofReport report = Proofing.READER.check(story, ProofContext.DEFAULT);
        Set<String> pairs = new LinkedHashSet<>();
        report.of(ProofCategory.CONVERSION).forEach(f -> pairs.add(f.found() + "→" + f.suggestion()));
        assertThat(pairs).containsExactlyInAnyOrder("乾事創業→幹事創業", "精乾人員→精幹人員", "提昇→提升", "一公裡→一公里");
        assertThat(story.paragraphs()).noneMatch(p -> p.text().contains("英纔"));

        Story fixed = ProofFixes.apply(story, report.safe()).story();
        String text = String.join("\n", fixed.paragraphs().stream().map(p -> p.text()).toList());
        assertThat(text).contains("幹事創業", "精幹人員", "提升", "一公里").doesNotContain("乾事", "精乾", "提昇", "公裡");
        assertThat(Proofing.READER.check(fixed, ProofContext.DEFAULT).of(ProofCategory.CONVERSION)).isEmpty();
    }

    @Test
    void everyConversionEntryKeepsTheLengthOfWhatItReplaces() {
        // the editor's fix-all and the export change characters in place, so styles stay put
        int entries = 0;
        for (String line : Proofing.lines(Proofing.resource("/org/newsdesk/proof/conversion-hant.txt"))) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String[] f = line.split("\t");
            assertThat(f[1]).as(line).hasSameSizeAs(f[0]);
            entries++;
        }
        assertThat(entries).isEqualTo(Proofreader.shippedConversion().size());
    }
}
