package org.newsdesk.model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A small made-up interview used as a fixture: a host (主持人) asks a district official
 * (李主任) about rural broadband. Every call returns paragraphs with fresh ids.
 */
public final class SampleInterview {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final String HOST = "host";
    public static final String GUEST = "guest1";

    /** 2015-07-31 10:02:54 in Shanghai. */
    public static final ZonedDateTime PUBLISH_TIME = ZonedDateTime.of(2015, 7, 31, 10, 2, 54, 0, SHANGHAI);

    private SampleInterview() {
    }

    public static Metadata metadata() {
        return new Metadata(
                "Broadband for every village",
                "政务访谈",
                "李主任谈乡村宽带建设",
                "本期节目请李主任介绍全市乡村宽带的进展、资费和下一步打算。",
                "新闻台",
                List.of("王小明", "陈静"),
                "赵编辑",
                PUBLISH_TIME,
                SHANGHAI,
                List.of("政务", "科技"),
                List.of("宽带", "乡村", "电商"),
                new Series("broadband-2015", "乡村宽带系列", 2, 3),
                "数字请再向区里核对一次",
                ZonedDateTime.of(2015, 7, 31, 9, 0, 0, 0, SHANGHAI));
    }

    public static List<Speaker> speakers() {
        return List.of(
                new Speaker(HOST, "主持人", "", "", SpeakerRole.HOST),
                new Speaker(GUEST, "李主任", "李建国", "区经信委主任", SpeakerRole.GUEST));
    }

    /** Seven paragraphs: questions, answers (one with styled runs) and a narration line. */
    public static List<Paragraph> paragraphs() {
        return List.of(
                Paragraph.of(HOST, "李主任，您好。今年全区的乡村宽带建设进展如何？"),
                new Paragraph(Paragraph.newId(), GUEST, List.of(
                        Span.styled("[00:01:05]", SpanStyle.TIMESTAMP),
                        Span.plain("主持人好。到六月底，全区已有"),
                        Span.styled("九成以上", SpanStyle.BOLD),
                        Span.plain("的行政村通了光纤，剩下的村子计划在年底前完成。"))),
                Paragraph.of(HOST, "不少村民关心资费，网费会不会太贵？"),
                Paragraph.of(GUEST, "我们和运营商谈好了，农村家庭可以选每月三十元的基础套餐，低保户另有补贴。"),
                Paragraph.narration("（节目间隙播放了村民上网的采访录音。）"),
                Paragraph.of(HOST, "最后一个问题，宽带通了以后，村里能做些什么？"),
                new Paragraph(Paragraph.newId(), GUEST, List.of(
                        Span.plain("最直接的是在网上卖农产品。去年试点村的网店销售额"),
                        Span.styled("大约", SpanStyle.UNCERTAIN, SpanStyle.ITALIC),
                        Span.plain("翻了一番。"),
                        Span.styled("核对试点村名单", SpanStyle.NOTE))));
    }

    /** {@code count} short paragraphs, host and guest taking turns, each text unique. */
    public static List<Paragraph> numbered(int count) {
        List<Paragraph> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(i % 2 == 0
                    ? Paragraph.of(HOST, "第" + i + "个问题：请您谈谈这项工作。")
                    : Paragraph.of(GUEST, "第" + i + "个回答：这项工作进展顺利。"));
        }
        return out;
    }

    /** The same content with fresh ids, as an editor that does not know the saved ids hands it over. */
    public static List<Paragraph> withFreshIds(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> p.withId(Paragraph.newId())).toList();
    }
}
