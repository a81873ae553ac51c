package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Stories for the search tests: invented ones, and the seed page read from the shared folder. */
final class SearchStories {

    private SearchStories() {
    }

    /**
     * An invented interview in the shape of a portal's government interview: a host and a guest,
     * 創業 in the transcript (never in the headline), numbers beside Chinese text.
     */
    static Story interview() {
        return invented("區科技局副局長林曉雯做客城市訪談(2)",
                "主持人：各位網友好，今天請到區科技局副局長林曉雯，談談本區推動大眾創新、萬眾創業的做法。",
                "林曉雯：從去年起我們把創新創業當作頭等大事，2015 創新創業大賽吸引了三百支隊伍，全區建成了十二家眾創空間。",
                "主持人：年輕人來區裡創業，能得到哪些幫助？",
                "林曉雯：初創團隊可以免費使用眾創空間的工位，還有導師每週坐班答疑。");
    }

    static Story invented(String headline, String... paragraphs) {
        List<Paragraph> ps = List.of(paragraphs).stream().map(Paragraph::narration).toList();
        return new Story(UUID.randomUUID(), "story", Status.DRAFT, Metadata.withHeadline(headline), List.of(), ps,
                0, 1, Instant.EPOCH, Instant.EPOCH);
    }

    /**
     * The seed interview page as a story (the text is never copied into the repository): the
     * headline is the line before the portal address, the paragraphs are the lines after the
     * 【…】 line up to 打印.
     */
    static Story seed(Path page) {
        List<String> lines;
        try {
            lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String headline = null;
        for (int i = 1; i < lines.size() && headline == null; i++) {
            if (lines.get(i).startsWith("http")) {
                headline = lines.get(i - 1).strip();
            }
        }
        if (headline == null) {
            throw new IllegalStateException("no headline in the seed page");
        }
        List<String> paragraphs = new ArrayList<>();
        boolean in = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("打印")) {
                break;
            }
            if (in && !t.isEmpty()) {
                paragraphs.add(t);
            }
            if (t.startsWith("【")) {
                in = true;
            }
        }
        if (paragraphs.size() < 3) {
            throw new IllegalStateException("the seed page has no transcript: " + paragraphs);
        }
        return invented(headline, paragraphs.toArray(String[]::new));
    }
}
