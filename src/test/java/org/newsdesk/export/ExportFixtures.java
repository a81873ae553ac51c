package org.newsdesk.export;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Stories for the export tests: a small interview in Simplified script, in the seed page's shape. */
final class ExportFixtures {

    static final UUID ID = UUID.fromString("8c1f2a3b-0000-4000-8000-000000000003");

    private ExportFixtures() {
    }

    static Story interview() {
        return interview("科委副主任做客政务网", List.of(
                Paragraph.narration("以下是访谈文字实录"),
                new Paragraph("p1", "host", List.of(Span.plain("好，主任，那么具体的举措又有哪些呢？"))),
                new Paragraph("p2", "guest", List.of(
                        Span.styled("[00:01:02]", SpanStyle.TIMESTAMP),
                        Span.plain("围绕上述目标任务，我市采取了"),
                        Span.styled("四个方面", SpanStyle.BOLD),
                        Span.plain("的具体举措。"),
                        Span.styled("核对数字", SpanStyle.NOTE))),
                new Paragraph("p3", "guest", List.of(Span.plain("首先是，影响干事创业的痛点，由各区县抽调精干人员，实现最后一公里延伸。"))),
                new Paragraph("p4", "guest", List.of(Span.plain("其次是，提升了服务的即时性，"),
                        Span.styled("听不清", SpanStyle.UNCERTAIN), Span.plain("诚聘英才。"))),
                new Paragraph("p5", "guest", List.of(Span.styled("只给编辑看的话", SpanStyle.NOTE))),
                new Paragraph("p6", "host", List.of(Span.plain("谢谢。"), Span.styled("强调", SpanStyle.ITALIC)))));
    }

    static Story interview(String headline, List<Paragraph> paragraphs) {
        Metadata m = new Metadata(headline, "政务访谈", "天津市推进大众创业有关情况", "内容提要",
                "天津政务网", List.of("王小明"), "张令沛",
                LocalDateTime.of(2015, 7, 31, 10, 2, 54).atZone(Metadata.DEFAULT_ZONE), Metadata.DEFAULT_ZONE,
                List.of("访谈"), List.of("创新", "创业"), new Series("innovation", "创新对话", 3, 5),
                "内部备注：不要发布", null);
        return new Story(ID, "kewei-fuzhuren-3", Status.READY, m,
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest", "李宝纯", "李宝纯", "市科委副主任", SpeakerRole.GUEST)),
                paragraphs, 4, 17, Instant.parse("2015-07-30T08:00:00Z"), Instant.parse("2015-07-31T02:00:00Z"));
    }

    static Story withStatus(Story s, Status status) {
        return new Story(s.id(), s.slug(), status, s.metadata(), s.speakers(), s.paragraphs(), s.revision(),
                s.version(), s.createdAt(), s.updatedAt());
    }

    static Story withSlug(Story s, String slug) {
        return new Story(s.id(), slug, s.status(), s.metadata(), s.speakers(), s.paragraphs(), s.revision(),
                s.version(), s.createdAt(), s.updatedAt());
    }

    static Story withMetadata(Story s, Metadata m) {
        return new Story(s.id(), s.slug(), s.status(), m, s.speakers(), s.paragraphs(), s.revision(),
                s.version(), s.createdAt(), s.updatedAt());
    }

    static StoryExporter exporter() {
        return StoryExporter.forDataFolder(null);
    }
}
