package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.NEWSROOM_LISTED;
import static org.newsdesk.store.jooq.Tables.PARAGRAPH;
import static org.newsdesk.store.jooq.Tables.SPEAKER;
import static org.newsdesk.store.jooq.Tables.STORY;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.exception.DataAccessException;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRecord;

/**
 * Every story of the library, read a page at a time in id order (three queries a page, not
 * three a story), so that building a search index over 100,000 stories holds one page in
 * memory, never the library. Paging by id lets an interrupted pass resume after the last id
 * it finished.
 */
public final class StoryStream {

    /** Stories read per page: large enough to amortise the queries, small enough to bound memory. */
    public static final int DEFAULT_PAGE = 200;

    private final Transactions tx;

    StoryStream(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Hands every story in the library (not in the trash) whose id comes after {@code afterId}
     * ({@code null}: from the first) to {@code each}, in the store's id order. A page is read in
     * one consistent snapshot; {@code each} runs after the page was read, outside any transaction.
     */
    public void forEachInLibrary(UUID afterId, int pageSize, Consumer<Story> each) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        UUID after = afterId;
        while (true) {
            List<Story> page = page(after, pageSize);
            for (Story s : page) {
                each.accept(s);
            }
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private List<Story> page(UUID after, int pageSize) {
        Condition where = STORY.DELETED_AT.isNull();
        if (after != null) {
            where = where.and(STORY.ID.gt(after));
        }
        Condition inPage = where;
        return tx.readConsistent(d -> {
            Map<UUID, StoryRecord> rows = new LinkedHashMap<>();
            d.selectFrom(STORY).where(inPage).orderBy(STORY.ID).limit(pageSize)
                    .fetch().forEach(r -> rows.put(r.getId(), r));
            List<Story> listed = listedPage(d, after, pageSize);
            if (rows.isEmpty()) {
                return listed;
            }
            Map<UUID, List<Speaker>> speakers = new HashMap<>();
            d.selectFrom(SPEAKER).where(SPEAKER.STORY_ID.in(rows.keySet()))
                    .orderBy(SPEAKER.STORY_ID, SPEAKER.POSITION)
                    .forEach(s -> speakers.computeIfAbsent(s.getStoryId(), k -> new ArrayList<>())
                            .add(new Speaker(s.getSpeakerKey(), s.getLabel(), s.getFullName(), s.getTitle(),
                                    SpeakerRole.valueOf(s.getRole()))));
            Map<UUID, List<Paragraph>> paragraphs = new HashMap<>();
            try (ResultSet rs = d.select(PARAGRAPH.STORY_ID, PARAGRAPH.ID, PARAGRAPH.SPEAKER_KEY, PARAGRAPH.BODY,
                            PARAGRAPH.STYLE_RUNS, PARAGRAPH.START_MS)
                    .from(PARAGRAPH).where(PARAGRAPH.STORY_ID.in(rows.keySet()))
                    .orderBy(PARAGRAPH.STORY_ID, PARAGRAPH.ORD).fetchResultSet()) {
                while (rs.next()) {
                    Object start = rs.getObject(6);
                    paragraphs.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Paragraph(rs.getString(2), rs.getString(3), StyleRuns.decode(rs.getString(4),
                                    rs.getString(5)), start == null ? null : Duration.ofMillis(((Number) start).longValue())));
                }
            } catch (SQLException e) {
                throw new DataAccessException("Reading a page of paragraphs failed", e);
            }
            List<Story> out = new ArrayList<>(rows.size() + listed.size());
            rows.forEach((id, r) -> out.add(StoryRows.toStory(r, speakers.getOrDefault(id, List.of()),
                    paragraphs.getOrDefault(id, List.of()))));
            if (listed.isEmpty()) {
                return out;
            }
            // both in id order: the page is the first pageSize of the two together
            out.addAll(listed);
            out.sort(ID_ORDER);
            return out.subList(0, Math.min(pageSize, out.size()));
        });
    }

    /** The store's order of ids (unsigned, byte by byte; {@link UUID#compareTo} compares signed halves). */
    private static final java.util.Comparator<Story> ID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.id().getMostSignificantBits(), b.id().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.id().getLeastSignificantBits(), b.id().getLeastSignificantBits());
    };

    /** Newsroom stories only listed here (without their body), in id order after {@code after}. */
    private static List<Story> listedPage(org.jooq.DSLContext d, UUID after, int pageSize) {
        Condition where = NEWSROOM_LISTED.DELETED_AT.isNull();
        if (after != null) {
            where = where.and(NEWSROOM_LISTED.ID.gt(after));
        }
        List<Story> out = new ArrayList<>();
        d.selectFrom(NEWSROOM_LISTED).where(where).orderBy(NEWSROOM_LISTED.ID).limit(pageSize)
                .forEach(r -> out.add(StoryRows.toStory(ListedStories.storyRecord(d, r), List.of(), List.of())));
        return out;
    }
}
