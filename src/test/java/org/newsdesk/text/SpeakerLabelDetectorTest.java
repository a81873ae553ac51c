package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.SpeakerRole;

/** The label conventions transcripts use, and lines that only look like them. */
class SpeakerLabelDetectorTest {

    private final SpeakerLabelDetector detector = new SpeakerLabelDetector();
    /** Somebody has spoken already, so a new name can start a turn. */
    private static final Set<String> AFTER_HOST = Set.of("主持人");

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // paragraph                              | label       | name  | role  | rest
        "主持人：那麼具體的舉措有哪些？            | 主持人       |       | HOST  | 那麼具體的舉措有哪些？",
        "主持人:好,主任                            | 主持人       |       | HOST  | 好,主任",
        "李寶純:圍繞上述目標任務                    | 李寶純       | 李寶純 | GUEST | 圍繞上述目標任務",
        "李宝纯：围绕上述目标任务                   | 李宝纯       | 李宝纯 | GUEST | 围绕上述目标任务",
        "記者：您好                                | 記者         |       | HOST  | 您好",
        "记者:您好                                 | 记者         |       | HOST  | 您好",
        "問：名額夠不夠？                          | 問           |       | HOST  | 名額夠不夠？",
        "答：今年增加了。                          | 答           |       | GUEST | 今年增加了。",
        "问:名额够不够?                            | 问           |       | HOST  | 名额够不够?",
        "Q: Will fares rise?                       | Q            |       | HOST  | Will fares rise?",
        "A：暫時不會。                             | A            |       | GUEST | 暫時不會。",
        "[主持人]歡迎收看                          | 主持人       |       | HOST  | 歡迎收看",
        "【主持人】欢迎收看                        | 主持人       |       | HOST  | 欢迎收看",
        "［記者］：請問                            | 記者         |       | HOST  | 請問",
        "主持人 魯健：歡迎大家                     | 主持人 魯健  | 魯健  | HOST  | 歡迎大家",
        "主持人魯健：歡迎大家                      | 主持人魯健   | 魯健  | HOST  | 歡迎大家",
        "记者 王明:请问                            | 记者 王明    | 王明  | HOST  | 请问",
        "Host: Welcome back.                       | Host         |       | HOST  | Welcome back.",
        "Interviewer: Thank you.                   | Interviewer  |       | HOST  | Thank you.",
        "網友：交通有補助嗎？                      | 網友         |       | AUDIENCE | 交通有補助嗎？",
        "解说：画面中是新建的站台。                | 解说         |       | OTHER | 画面中是新建的站台。",
        "　　主持人：全形空格縮排                  | 主持人       |       | HOST  | 全形空格縮排",
        "主持人 ： 冒號前後有空格                  | 主持人       |       | HOST  | 冒號前後有空格",
        "李寶純（市科委副主任）：謝謝              | 李寶純       | 李寶純 | GUEST | 謝謝",
        "John Smith: Thanks for having me.         | John Smith   | John Smith | GUEST | Thanks for having me.",
        "主持人：                                  | 主持人       |       | HOST  |",
    })
    void labels(String paragraph, String label, String name, SpeakerRole role, String rest) {
        SpeakerLabelDetector.LabelMatch m = detector.detect(paragraph, AFTER_HOST);
        assertThat(m).as(paragraph).isNotNull();
        assertThat(m.label()).isEqualTo(label);
        assertThat(m.name()).isEqualTo(name == null ? "" : name);
        assertThat(m.role()).isEqualTo(role);
        assertThat(m.rest(paragraph)).isEqualTo(rest == null ? "" : rest);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "時間：2015年7月31日上午",
        "时间:2024年5月2日",
        "來源：天津政務網",
        "地址：河西區友誼路",
        "我想說的是，這件事情的關鍵在於：大家要一起參與。",
        "我們今年的目標很明確，就是三件事情要做好：第一是服務。",
        "http://ms.enorth.com.cn",
        "10:02:54 開始錄音",
        "(現場)",
        "（掌聲）",
        "[笑聲]",
        "【政務訪談】天津市推進有關情況",
        "以下是訪談文字實錄",
        "問題：怎麼申請？",
        "一是加快建設：二是完善機制",
        "Note: recorded by phone",
        "",
        "　　",
    })
    void notLabels(String paragraph) {
        assertThat(detector.detect(paragraph, AFTER_HOST)).as(paragraph).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"李寶純:圍繞上述目標任務", "王強：謝謝"})
    void aNameNeedsSomebodyToHaveSpokenOrToBeKnown(String paragraph) {
        assertThat(detector.detect(paragraph, Set.of())).isNull();
        String label = paragraph.substring(0, paragraph.indexOf(paragraph.contains(":") ? ':' : '：'));
        assertThat(detector.detect(paragraph, Set.of(label))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"主持人：你好", "[Q] hello", "答：是的"})
    void roleWordsCountFromTheFirstLine(String paragraph) {
        assertThat(detector.detect(paragraph, Set.of())).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[李寶純]謝謝", "【王強】好"})
    void aBracketedNameCountsOnlyWhenKnown(String paragraph) {
        assertThat(detector.detect(paragraph, AFTER_HOST)).isNull();
        String label = paragraph.substring(1, paragraph.indexOf(paragraph.charAt(0) == '[' ? ']' : '】'));
        assertThat(detector.detect(paragraph, Set.of(label))).isNotNull();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        // paragraph                                  | label                 | name   | title                  | role     | kind
        "交通運輸部副部長 王小川：謝謝。              | 交通運輸部副部長 王小川 | 王小川 | 交通運輸部副部長         | GUEST    | TITLED_NAME",
        "市科委副主任李寶純：謝謝。                  | 市科委副主任李寶純     | 李寶純 | 市科委副主任             | GUEST    | TITLED_NAME",
        "趙小燕 都市晨報記者：請問？                  | 趙小燕 都市晨報記者     | 趙小燕 | 都市晨報記者             | HOST     | TITLED_NAME",
        "新聞辦副局長、新聞發言人 寧書華：上午好。     | 新聞辦副局長、新聞發言人 寧書華 | 寧書華 | 新聞辦副局長、新聞發言人 | GUEST | TITLED_NAME",
        "【中國科學院院士 柯文遠】大家好。             | 中國科學院院士 柯文遠   | 柯文遠 | 中國科學院院士           | GUEST    | TITLED_NAME",
        "中通社：請問？                              | 中通社                 |        |                        | HOST     | OUTLET",
        "本報記者：請問？                            | 本報記者               |        |                        | HOST     | OUTLET",
        "新浪娛樂：請問？                            | 新浪娛樂               |        |                        | HOST     | OUTLET",
        "▲電視臺記者：請問？                          | 電視臺記者             |        |                        | HOST     | OUTLET",
        "網友“小城阿明”：請問？                      | 小城阿明               | 小城阿明 |                      | AUDIENCE | NETIZEN",
        "網友老街坊問：請問？                        | 老街坊                 | 老街坊 |                        | AUDIENCE | NETIZEN",
        "[網友]綠葉子：請問？                        | 綠葉子                 | 綠葉子 |                        | AUDIENCE | NETIZEN",
        "主持人說：歡迎。                            | 主持人                 |        |                        | HOST     | ROLE",
        "秦若嵐說：大家好。                          | 秦若嵐                 | 秦若嵐 |                        | GUEST    | NAME",
        "高 岩：有半年了。                           | 高岩                   | 高岩   |                        | GUEST    | NAME",
        "洪曉(blog)：是的。                          | 洪曉                   | 洪曉   |                        | GUEST    | NAME",
    })
    void titlesOutletsAndNetizens(String paragraph, String label, String name, String title, SpeakerRole role,
                                  SpeakerLabelDetector.Kind kind) {
        SpeakerLabelDetector.LabelMatch m = detector.detect(paragraph, AFTER_HOST);
        assertThat(m).as(paragraph).isNotNull();
        assertThat(m.label()).isEqualTo(label);
        assertThat(m.name()).isEqualTo(name == null ? "" : name);
        assertThat(m.title()).isEqualTo(title == null ? "" : title);
        assertThat(m.role()).isEqualTo(role);
        assertThat(m.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"發布時間：2024-06-03", "對話時間：2005年3月22日", "攝影：牛立", "責任編輯：季可",
        "今天我們請到的是交通運輸部副部長王小川：", "他說：我們明天再談。"})
    void fieldsAndSentencesAreNeverSpeakers(String paragraph) {
        SpeakerLabelDetector.LabelMatch m = detector.detect(paragraph, AFTER_HOST);
        assertThat(m).as(paragraph).isNull();
    }
}
