package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The page's own lines against the story's, judged line by line (invented lines in both scripts). */
class PageChromeTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "首页 > 新闻中心 > 正文", "首頁 -> 頭條", "当前位置：首页 » 访谈", "您现在的位置：首页 > 人物 > 访谈", "新闻中心 > 在线访谈 > 正文",
        "| 文库 | 评论已关闭 |", "首页 | 新闻 | 访谈 | 视频", "首页\t新闻\t访谈", "登录 | 注册", "簡體版 寄給朋友", "簡體版  寄給朋友",
        "******************************", "＊＊＊＊＊＊＊＊", "====================", "———————", "点击：3516", "點擊：588",
        "分享到：微信 微博 QQ", "分享到：", "【字号 大 中 小】", "【字体：大 中 小】", "【打印】【关闭】", "[收藏] [纠错]",
        "【字号 大 中 小】  【打印】  【关闭】", "打印本页", "列印本頁 | 關閉", "退出登录", "退出登錄", "· 暴雨蓝色预警发布 2025-05-28",
        "入汛以来全市平均降雨偏多两成 (05-15)", "东岸区夜间经济示范街区开街 2025-06-01", "Copyright © 2025 河畔网 版权所有",
        "东坡网 版权所有 蜀ICP备00000004号-1", "关于我们 | 联系我们 | 网站地图", "联系我们：西川在线编辑部  电话：000-00000000",
        "地址：城南区幸福路八号  邮编：000000", "电话：0000-00000000", "主办：南岭区人民政府办公室　技术支持：南岭信息中心",
        "相关新闻", "相關閱讀", "上一篇：博物馆夜场开放", "扫一扫，关注我们的微信公众号"})
    void pageLines(String line) {
        assertThat(PageChrome.isChrome(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "主持人：今天我们请来了区水务局的负责同志。", "嘉宾：打印机和复印机都换了新的。", "主持人：分享到这里，您还有什么想说的？",
        "对。", "好的，谢谢。", "（笑）", "【现场】", "以下是访谈文字实录", "河畔区水务局局长谈老旧管网改造", "访谈 | 城市更新怎么做好",
        "对话青年木匠：手艺要慢慢来", "市图书馆馆长谈夜间开放(3)", "这家工厂去年关闭了两条生产线。", "我们的客户端今年下载量翻了一番。",
        "来源：河畔网  作者：邓晓岚  2025-05-14 10:30  编辑：韦明", "收入>支出", "2024年，我们新开了三条线路。",
        "主持人 王芳:夜间开放以后,来的主要是哪些读者?", "李寶純：圍繞上述目標任務，我市采取了如下四個方面的具體舉措。"})
    void storyLines(String line) {
        assertThat(PageChrome.isChrome(line)).as(line).isFalse();
    }

    @Test
    void shortUnpunctuatedLinesThatRepeatAreChromeButLabelsAndNotesAreNot() {
        List<String> page = List.of("在线访谈", "主持人：", "你好。", "（掌声）", "嘉宾：", "你好。", "主持人：", "（掌声）",
                "在线访谈");
        assertThat(PageChrome.repeats(page)).containsOnlyKeys("在线访谈");
    }

    @Test
    void creditLinesAndPageNumbers() {
        assertThat(PageChrome.isClosingField("编辑：李华")).isTrue();
        assertThat(PageChrome.isClosingField("（責任編輯：吳敏）")).isTrue();
        assertThat(PageChrome.isClosingField("来源：人民网")).isTrue();
        assertThat(PageChrome.isClosingField("来源：我们调查了三百户，结果很清楚。")).isFalse();
        assertThat(PageChrome.isClosingField("记者：您怎么看？")).isFalse();
        assertThat(PageChrome.isChrome("[1] [2] [3] 下一页")).isTrue();
        assertThat(PageChrome.isChrome("共3页 第1页 下一頁")).isTrue();
        assertThat(PageChrome.isChrome("2024")).isFalse();
    }

    @Test
    void footersEndTheStoryButSentencesThatMentionTheirWordsDoNot() {
        assertThat(PageChrome.isFooter("打印")).isTrue();
        assertThat(PageChrome.isFooter("版權所有 不得轉載")).isTrue();
        assertThat(PageChrome.isFooter("打印机坏了。")).isFalse();
        assertThat(PageChrome.isFooter("嘉宾：我们的地址：幸福路八号。")).isFalse();
    }
}
