package org.newsdesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * Made-up interview transcripts for the benchmarks: Chinese text built from a small pool
 * of words, host and guest taking turns. A fixed seed gives the same story every time,
 * so two data folders filled from it hold the same rows.
 */
final class InterviewText {

    static final String HOST = "host";
    static final String GUEST = "guest1";

    // A small vocabulary of everyday words from policy interviews; clauses are random
    // strings of them, so the text has realistic characters and lengths, not meaning.
    private static final String[] WORDS = {
        "我們", "市民", "政府", "發展", "科技", "創新", "企業", "問題", "這個", "今年", "工作", "主要",
        "服務", "支持", "城市", "經濟", "項目", "投入", "研究", "人才", "社會", "方面", "提高", "需要",
        "進一步", "推動", "建設", "政策", "平台", "數據", "環境", "資金", "成果", "轉化", "合作", "機制",
        "大家", "關心", "下一步", "計劃", "已經", "開始", "實際上", "比如說", "一些", "很多", "重點",
        "領域", "產業", "基礎", "改革", "落實", "措施", "效果", "群眾", "生活", "交通", "教育", "醫療",
        "的", "了", "是", "在", "和", "也", "都", "就", "還", "要", "把", "對", "從", "讓", "有",
    };
    private static final String[] HOST_OPENERS = {"請問", "那麼", "剛才您提到", "很多網友關心", "我們注意到"};
    private static final String[] GUEST_OPENERS = {"好的", "謝謝主持人", "這個問題很好", "是這樣的", "對"};
    private static final String[] SURNAMES = {"陳", "林", "黃", "張", "王", "吳", "周", "徐", "孫", "馬"};
    private static final String[] GIVEN = {"立", "文", "志", "明", "華", "英", "德", "清", "平", "安", "嘉", "寧"};

    private final Random random;

    InterviewText(long seed) {
        this.random = new Random(seed);
    }

    /** A person's name: surname and one or two given characters. */
    String name() {
        String n = pick(SURNAMES) + pick(GIVEN);
        return random.nextBoolean() ? n + pick(GIVEN) : n;
    }

    Metadata metadata(String guestName) {
        return new Metadata(
                "科技創新與城市發展：專訪" + guestName,
                "政務訪談",
                "談" + sentence(12),
                sentence(180),
                "新聞中心",
                List.of(name(), name()),
                name(),
                null,
                Metadata.DEFAULT_ZONE,
                List.of("要聞", "政務"),
                List.of("科技", "創新", "城市"),
                new Series("innovation-talks", "創新對話", 3, 6),
                "",
                null);
    }

    List<Speaker> speakers(String hostName, String guestName) {
        return List.of(
                new Speaker(HOST, "主持人", hostName, "", SpeakerRole.HOST),
                new Speaker(GUEST, guestName, guestName, "市科委副主任", SpeakerRole.GUEST));
    }

    /**
     * {@code count} paragraphs of about 100 characters, host and guest alternating. Some
     * carry styles as real transcripts do: a playback timestamp every tenth paragraph,
     * a bold phrase every 25th, an uncertain passage every 40th; the rest are plain.
     * Ids are fixed by position so that two copies of the story share them.
     */
    List<Paragraph> paragraphs(int count) {
        List<Paragraph> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean host = i % 2 == 0;
            int length = 80 + random.nextInt(41);
            String text = (host ? pick(HOST_OPENERS) : pick(GUEST_OPENERS)) + "，" + sentence(length - 6);
            if (host && random.nextInt(3) > 0) {
                text = text.substring(0, text.length() - 1) + "？";
            }
            List<Span> spans = new ArrayList<>();
            if (i % 10 == 0) {
                int seconds = i * 7;
                spans.add(Span.styled(String.format("[%02d:%02d:%02d]", seconds / 3600, seconds / 60 % 60, seconds % 60),
                        SpanStyle.TIMESTAMP));
            }
            if (i % 25 == 5) {
                int cut = text.length() / 3;
                spans.add(Span.plain(text.substring(0, cut)));
                spans.add(Span.styled(text.substring(cut, cut + 8), SpanStyle.BOLD));
                spans.add(Span.plain(text.substring(cut + 8)));
            } else if (i % 40 == 7) {
                int cut = text.length() / 2;
                spans.add(Span.plain(text.substring(0, cut)));
                spans.add(Span.styled("（聽不清）", SpanStyle.UNCERTAIN));
                spans.add(Span.plain(text.substring(cut)));
            } else {
                spans.add(Span.plain(text));
            }
            String id = UUID.nameUUIDFromBytes(("paragraph-" + i).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
            out.add(new Paragraph(id, host ? HOST : GUEST, spans));
        }
        return out;
    }

    /** Words and commas up to about {@code length} characters, closed by a full stop. */
    String sentence(int length) {
        StringBuilder sb = new StringBuilder(length + 8);
        int clause = 0;
        while (sb.length() < length - 1) {
            sb.append(pick(WORDS));
            clause++;
            if (clause >= 5 + random.nextInt(5) && sb.length() < length - 4) {
                sb.append('，');
                clause = 0;
            }
        }
        sb.append('。');
        return sb.toString();
    }

    private String pick(String[] pool) {
        return pool[random.nextInt(pool.length)];
    }
}
