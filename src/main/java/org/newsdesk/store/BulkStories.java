package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.LIBRARY_STORY;
import static org.newsdesk.store.jooq.Tables.STORY;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.store.jooq.tables.records.StoryRecord;
import org.newsdesk.text.Slugs;

/**
 * Many new stories at once (building a library for measuring, a migration of an archive): one
 * transaction, the slugs taken read once for the whole batch instead of once a story, and each
 * story's paragraphs in one batched statement. The stories are drafts as
 * {@link StoryRepository#create} makes them.
 */
public final class BulkStories {

    /** A story to create. */
    public record NewStory(Metadata metadata, List<Speaker> speakers, List<Paragraph> paragraphs) {
    }

    private final Transactions tx;
    private final Clock clock;

    BulkStories(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates every story, all or none; their ids in the same order. */
    public List<UUID> create(List<NewStory> stories) {
        return tx.write(d -> {
            Set<String> taken = new HashSet<>(d.select(LIBRARY_STORY.SLUG).from(LIBRARY_STORY).fetch(LIBRARY_STORY.SLUG));
            OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
            List<UUID> ids = new ArrayList<>(stories.size());
            for (NewStory s : stories) {
                UUID id = UUID.randomUUID();
                StoryRecord row = d.newRecord(STORY);
                row.setId(id);
                String slug = Slugs.unique(Slugs.fromHeadline(s.metadata().headline(), id), taken::contains);
                taken.add(slug);
                row.setSlug(slug);
                row.setStatus(Status.DRAFT.name());
                row.setRevision(0);
                row.setVersion(1L);
                row.setCreatedAt(now);
                row.setUpdatedAt(now);
                StoryRows.applyMetadata(row, s.metadata());
                row.insert();
                StoryRows.insertSpeakers(d, id, s.speakers());
                ParagraphBatch rows = new ParagraphBatch(id, 1L);
                for (int i = 0; i < s.paragraphs().size(); i++) {
                    rows.add(s.paragraphs().get(i), (i + 1) * ParagraphRows.ORD_GAP);
                }
                rows.insert(d);
                ids.add(id);
            }
            return ids;
        });
    }
}
