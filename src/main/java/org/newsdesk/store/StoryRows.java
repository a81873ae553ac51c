package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.PARAGRAPH;
import static org.newsdesk.store.jooq.Tables.SPEAKER;
import static org.newsdesk.store.jooq.Tables.STORY;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRecord;

/** A story's rows (story, speakers, paragraphs) read into the model and the model written into rows. */
final class StoryRows {

    private StoryRows() {
    }

    /**
     * The story as read inside {@code tx}, or null when there is none; a newsroom story only
     * listed here comes without its body ({@link ListedStories}).
     */
    static Story find(DSLContext tx, UUID id) {
        StoryRecord row = tx.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
        if (row == null) {
            return ListedStories.find(tx, id);
        }
        List<Speaker> speakers = tx.selectFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).orderBy(SPEAKER.POSITION)
                .fetch(s -> new Speaker(s.getSpeakerKey(), s.getLabel(), s.getFullName(), s.getTitle(),
                        SpeakerRole.valueOf(s.getRole())));
        return toStory(row, speakers, paragraphsOf(tx, id));
    }

    static void insertSpeakers(DSLContext tx, UUID id, List<Speaker> speakers) {
        for (int i = 0; i < speakers.size(); i++) {
            Speaker s = speakers.get(i);
            tx.insertInto(SPEAKER)
                    .set(SPEAKER.STORY_ID, id)
                    .set(SPEAKER.SPEAKER_KEY, s.key())
                    .set(SPEAKER.POSITION, i)
                    .set(SPEAKER.LABEL, s.label())
                    .set(SPEAKER.FULL_NAME, s.fullName())
                    .set(SPEAKER.TITLE, s.title())
                    .set(SPEAKER.ROLE, s.role().name())
                    .execute();
        }
    }

    static void applyMetadata(StoryRecord row, Metadata m) {
        row.setHeadline(m.headline());
        row.setKicker(m.kicker());
        row.setSubtitle(m.subtitle());
        row.setSummary(m.summary());
        row.setSource(m.source());
        row.setAuthors(m.authors().toArray(String[]::new));
        row.setEditor(m.editor());
        row.setTimeZone(m.timeZone().getId());
        row.setPublishTime(m.publishTime() == null ? null
                : m.publishTime().withZoneSameInstant(m.timeZone()).toLocalDateTime());
        row.setChannels(m.channels().toArray(String[]::new));
        row.setKeywords(m.keywords().toArray(String[]::new));
        Series s = m.series();
        row.setSeriesId(s == null ? null : s.id());
        row.setSeriesName(s == null ? null : s.name());
        row.setPartNumber(s == null ? null : s.part());
        row.setPartsTotal(s == null ? null : s.total());
        row.setInternalNote(m.internalNote());
        row.setEmbargoUntil(m.embargoUntil() == null ? null
                : m.embargoUntil().withZoneSameInstant(m.timeZone()).toLocalDateTime());
    }

    static Story toStory(StoryRecord r, List<Speaker> speakers, List<Paragraph> paragraphs) {
        ZoneId zone = ZoneId.of(r.getTimeZone());
        Series series = r.getPartNumber() == null && r.getSeriesId() == null ? null
                : new Series(r.getSeriesId(), r.getSeriesName(), r.getPartNumber() == null ? 1 : r.getPartNumber(),
                        r.getPartsTotal());
        Metadata m = new Metadata(r.getHeadline(), r.getKicker(), r.getSubtitle(), r.getSummary(), r.getSource(),
                list(r.getAuthors()), r.getEditor(), zoned(r.getPublishTime(), zone), zone,
                list(r.getChannels()), list(r.getKeywords()), series, r.getInternalNote(),
                zoned(r.getEmbargoUntil(), zone));
        return new Story(r.getId(), r.getSlug(), Status.valueOf(r.getStatus()), m, speakers, paragraphs,
                r.getRevision(), r.getVersion(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    /**
     * A story's paragraphs in order. jOOQ builds the query, but the rows (thousands) are read
     * straight from the result set: making a jOOQ record per row cost more than the query
     * itself (see the store benchmark).
     */
    private static List<Paragraph> paragraphsOf(DSLContext tx, UUID storyId) {
        try (ResultSet rs = tx.select(PARAGRAPH.ID, PARAGRAPH.SPEAKER_KEY, PARAGRAPH.BODY, PARAGRAPH.STYLE_RUNS,
                        PARAGRAPH.START_MS)
                .from(PARAGRAPH).where(PARAGRAPH.STORY_ID.eq(storyId)).orderBy(PARAGRAPH.ORD).fetchResultSet()) {
            List<Paragraph> out = new ArrayList<>();
            while (rs.next()) {
                Object start = rs.getObject(5);
                out.add(new Paragraph(rs.getString(1), rs.getString(2), StyleRuns.decode(rs.getString(3), rs.getString(4)),
                        start == null ? null : java.time.Duration.ofMillis(((Number) start).longValue())));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Reading the paragraphs of story " + storyId + " failed", e);
        }
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static ZonedDateTime zoned(LocalDateTime t, ZoneId zone) {
        return t == null ? null : t.atZone(zone);
    }

}
