package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.LIBRARY_STORY;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_LISTED;
import static org.newsdesk.store.jooq.Tables.STORY;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.CaseWhenStep;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.newsdesk.model.Status;
import org.newsdesk.model.StorySummary;

/**
 * The story library: stories filtered by status, channel, series and editor, the parts of a
 * series in order, and what the search index needs to know to stay current.
 */
public final class LibraryRepository {

    private final Transactions tx;

    LibraryRepository(Transactions tx) {
        this.tx = tx;
    }

    /**
     * Stories matching {@code filter}, newest first; the parts of a series stay together in
     * part order, the series placed where its most recently changed part would be.
     */
    public List<LibraryEntry> list(LibraryFilter filter) {
        List<Condition> where = where(filter, null);
        // row by row through a cursor, so that 100,000 stories are never also held as jOOQ
        // records; the few distinct editor and series names are shared between rows
        List<LibraryEntry> rows = new ArrayList<>();
        Map<String, String> shared = new HashMap<>();
        tx.read(d -> {
            try (Cursor<? extends Record> cursor = d.select(LIBRARY_STORY.ID, LIBRARY_STORY.SLUG, LIBRARY_STORY.HEADLINE, LIBRARY_STORY.STATUS,
                            LIBRARY_STORY.PART_NUMBER, LIBRARY_STORY.EDITOR, LIBRARY_STORY.REVISION, LIBRARY_STORY.UPDATED_AT, LIBRARY_STORY.DELETED_AT,
                            LIBRARY_STORY.SERIES_ID, LIBRARY_STORY.SERIES_NAME, LIBRARY_STORY.PARTS_TOTAL, LIBRARY_STORY.CHANNELS)
                    .from(LIBRARY_STORY).where(where).orderBy(LIBRARY_STORY.UPDATED_AT.desc()).fetchSize(1_000).fetchLazy()) {
                for (Record r : cursor) {
                    rows.add(entry(r, shared));
                }
            }
            return null;
        });
        return groupSeries(rows);
    }

    /**
     * The ids of the stories matching {@code filter} (and among {@code only}, when it is not
     * null) in {@code sort}'s order: the library's own order groups each series at its most
     * recently changed part, in part order; a column's order breaks ties by the library's own.
     */
    public LibraryIds ids(LibraryFilter filter, LibrarySort sort, Collection<UUID> only) {
        Field<String> group = DSL.coalesce(LIBRARY_STORY.SERIES_ID, LIBRARY_STORY.ID.cast(SQLDataType.VARCHAR));
        Field<OffsetDateTime> groupNewest = DSL.max(LIBRARY_STORY.UPDATED_AT).over(DSL.partitionBy(group)).as("group_newest");
        Field<String> groupKey = group.as("group_key");
        List<SortField<?>> order = new ArrayList<>();
        if (sort.by() != LibrarySort.By.LIBRARY) {
            order.add(column(sort));
        }
        order.add(DSL.field(DSL.name("group_newest")).desc());
        order.add(DSL.field(DSL.name("group_key")).asc());
        order.add(LIBRARY_STORY.PART_NUMBER.asc().nullsLast());
        order.add(LIBRARY_STORY.UPDATED_AT.desc());
        LibraryIds.Builder ids = new LibraryIds.Builder();
        tx.read(d -> {
            try (Cursor<? extends Record> cursor = d.select(LIBRARY_STORY.ID, groupNewest, groupKey).from(LIBRARY_STORY)
                    .where(where(filter, only)).orderBy(order).fetchSize(5_000).fetchLazy()) {
                for (Record r : cursor) {
                    ids.add(r.get(LIBRARY_STORY.ID));
                }
            }
            return null;
        });
        return ids.build();
    }

    /** Whether a story matching {@code filter} (and among {@code only}) is a part of a series. */
    public boolean anyPart(LibraryFilter filter, Collection<UUID> only) {
        List<Condition> where = where(filter, only);
        where.add(LIBRARY_STORY.PART_NUMBER.isNotNull());
        return tx.read(d -> d.fetchExists(LIBRARY_STORY, where));
    }

    /** The library's rows of the given stories, in the given order (a story no longer in the store is left out). */
    public List<LibraryEntry> entries(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, LibraryEntry> byId = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        tx.read(d -> {
            // each table by its own key
            d.select(STORY.ID, STORY.SLUG, STORY.HEADLINE, STORY.STATUS, STORY.PART_NUMBER, STORY.EDITOR,
                            STORY.REVISION, STORY.UPDATED_AT, STORY.DELETED_AT, STORY.SERIES_ID, STORY.SERIES_NAME,
                            STORY.PARTS_TOTAL, STORY.CHANNELS)
                    .from(STORY).where(STORY.ID.in(ids)).fetchInto(LIBRARY_STORY)
                    .forEach(r -> byId.put(r.get(LIBRARY_STORY.ID), entry(r, shared)));
            if (byId.size() < ids.size()) {
                d.select(NEWSROOM_LISTED.ID, NEWSROOM_LISTED.SLUG, NEWSROOM_LISTED.HEADLINE, NEWSROOM_LISTED.STATUS,
                                NEWSROOM_LISTED.PART_NUMBER, NEWSROOM_LISTED.EDITOR, DSL.inline(0).as("REVISION"),
                                NEWSROOM_LISTED.UPDATED_AT, NEWSROOM_LISTED.DELETED_AT, NEWSROOM_LISTED.SERIES_ID,
                                NEWSROOM_LISTED.SERIES_NAME, NEWSROOM_LISTED.PARTS_TOTAL, NEWSROOM_LISTED.CHANNELS)
                        .from(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.in(ids)).fetchInto(LIBRARY_STORY)
                        .forEach(r -> byId.put(r.get(LIBRARY_STORY.ID), entry(r, shared)));
            }
            return null;
        });
        List<LibraryEntry> out = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            LibraryEntry e = byId.get(id);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private static SortField<?> column(LibrarySort sort) {
        boolean up = sort.ascending();
        return switch (sort.by()) {
            case HEADLINE -> up ? LIBRARY_STORY.HEADLINE.asc() : LIBRARY_STORY.HEADLINE.desc();
            case STATUS -> up ? statusOrder().asc() : statusOrder().desc();
            case PART -> up ? LIBRARY_STORY.PART_NUMBER.asc().nullsLast() : LIBRARY_STORY.PART_NUMBER.desc().nullsFirst();
            case EDITOR -> up ? LIBRARY_STORY.EDITOR.asc() : LIBRARY_STORY.EDITOR.desc();
            case UPDATED -> up ? LIBRARY_STORY.UPDATED_AT.asc() : LIBRARY_STORY.UPDATED_AT.desc();
            case LIBRARY -> throw new IllegalArgumentException("the library's own order is not a column");
        };
    }

    /** The status in its workflow order (the order the table's status column sorts by). */
    private static Field<Integer> statusOrder() {
        Status[] all = Status.values();
        CaseWhenStep<String, Integer> steps = DSL.case_(LIBRARY_STORY.STATUS).when(all[0].name(), 0);
        for (int i = 1; i < all.length; i++) {
            steps = steps.when(all[i].name(), i);
        }
        return steps.otherwise(all.length);
    }

    private static List<Condition> where(LibraryFilter filter, Collection<UUID> only) {
        List<Condition> where = new ArrayList<>();
        where.add(filter.trash() ? LIBRARY_STORY.DELETED_AT.isNotNull() : LIBRARY_STORY.DELETED_AT.isNull());
        if (filter.status() != null) {
            where.add(LIBRARY_STORY.STATUS.eq(filter.status().name()));
        }
        if (filter.channel() != null) {
            where.add(DSL.condition("array_contains({0}, {1})", LIBRARY_STORY.CHANNELS, DSL.val(filter.channel())));
        }
        if (filter.seriesId() != null) {
            where.add(LIBRARY_STORY.SERIES_ID.eq(filter.seriesId()));
        }
        if (filter.editor() != null) {
            where.add(LIBRARY_STORY.EDITOR.eq(filter.editor()));
        }
        if (only != null) {
            where.add(only.isEmpty() ? DSL.falseCondition() : LIBRARY_STORY.ID.in(only));
        }
        return where;
    }

    /** The parts of a series (library only), in part order. */
    public List<LibraryEntry> seriesParts(String seriesId) {
        List<LibraryEntry> parts = new ArrayList<>(list(LibraryFilter.ALL.withSeries(seriesId)));
        parts.sort(PART_ORDER);
        return parts;
    }

    /** Every series in the library, by name, for choosing one. */
    public List<SeriesInfo> series() {
        return tx.read(d -> d.select(LIBRARY_STORY.SERIES_ID, DSL.max(LIBRARY_STORY.SERIES_NAME), DSL.max(LIBRARY_STORY.PARTS_TOTAL), DSL.count())
                .from(LIBRARY_STORY).where(LIBRARY_STORY.SERIES_ID.isNotNull(), LIBRARY_STORY.DELETED_AT.isNull())
                .groupBy(LIBRARY_STORY.SERIES_ID).orderBy(DSL.max(LIBRARY_STORY.SERIES_NAME), LIBRARY_STORY.SERIES_ID)
                .fetch(r -> new SeriesInfo(r.value1(), r.value2() == null ? "" : r.value2(), r.value3(), r.value4())));
    }

    /** The editors of stories in the library, for the editor filter. */
    public List<String> editors() {
        return tx.read(d -> d.selectDistinct(LIBRARY_STORY.EDITOR).from(LIBRARY_STORY)
                .where(LIBRARY_STORY.DELETED_AT.isNull(), LIBRARY_STORY.EDITOR.ne("")).orderBy(LIBRARY_STORY.EDITOR).fetch(LIBRARY_STORY.EDITOR));
    }

    /** The version of every story in the library, so a search index can tell what is out of date. */
    public Map<UUID, Long> versions() {
        Map<UUID, Long> out = new HashMap<>();
        tx.read(d -> {
            d.select(LIBRARY_STORY.ID, LIBRARY_STORY.VERSION).from(LIBRARY_STORY).where(LIBRARY_STORY.DELETED_AT.isNull())
                    .fetchSize(1000).forEach(r -> out.put(r.value1(), r.value2()));
            return null;
        });
        return out;
    }

    /** A story written after a given point of the change sequence. */
    public record StoryChange(UUID id, boolean inLibrary, long changeSequence) {
    }

    /**
     * The highest number of the change sequence any story carries (0 for an empty store):
     * every insert or update of a story takes a higher one, so an unchanged number means
     * nothing was written since. One index lookup, whatever the library's size.
     */
    public long changeSequence() {
        return tx.read(d -> {
            Long max = d.select(DSL.max(STORY.CHANGE_SEQ)).from(STORY).fetchOne(0, Long.class);
            return Math.max(max == null ? 0 : max, ListedStories.newestChange(d));
        });
    }

    /** The stories written after {@code sequence}, oldest change first (an index range). */
    public List<StoryChange> changedSince(long sequence) {
        return tx.read(d -> {
            List<StoryChange> out = new ArrayList<>(d.select(STORY.ID, STORY.DELETED_AT.isNull(), STORY.CHANGE_SEQ).from(STORY)
                    .where(STORY.CHANGE_SEQ.gt(sequence)).orderBy(STORY.CHANGE_SEQ)
                    .fetch(r -> new StoryChange(r.value1(), r.value2(), r.value3())));
            // listed stories (no index on their change numbers) only when one changed since
            if (ListedStories.newestChange(d) > sequence) {
                out.addAll(d.select(NEWSROOM_LISTED.ID, NEWSROOM_LISTED.DELETED_AT.isNull(), NEWSROOM_LISTED.CHANGE_SEQ)
                        .from(NEWSROOM_LISTED).where(NEWSROOM_LISTED.CHANGE_SEQ.gt(sequence))
                        .fetch(r -> new StoryChange(r.value1(), r.value2(), r.value3())));
                out.sort(Comparator.comparingLong(StoryChange::changeSequence));
            }
            return out;
        });
    }

    /** How many stories the library holds (not counting the trash). */
    public int count() {
        return tx.read(d -> d.fetchCount(LIBRARY_STORY, LIBRARY_STORY.DELETED_AT.isNull()));
    }

    private static final Comparator<LibraryEntry> PART_ORDER = Comparator
            .comparing((LibraryEntry e) -> e.summary().part() == null ? Integer.MAX_VALUE : e.summary().part())
            .thenComparing(e -> e.summary().updatedAt(), Comparator.reverseOrder());

    /** Rows come newest first; each series is pulled together at its first (newest) row. */
    private static List<LibraryEntry> groupSeries(List<LibraryEntry> newestFirst) {
        Map<Object, List<LibraryEntry>> groups = new LinkedHashMap<>();
        for (LibraryEntry e : newestFirst) {
            Object key = e.seriesId() == null ? e.summary().id() : "series:" + e.seriesId();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<LibraryEntry> out = new ArrayList<>(newestFirst.size());
        for (List<LibraryEntry> group : groups.values()) {
            group.sort(PART_ORDER);
            out.addAll(group);
        }
        return out;
    }

    private static LibraryEntry entry(Record r, Map<String, String> shared) {
        Instant deleted = r.get(LIBRARY_STORY.DELETED_AT) == null ? null : r.get(LIBRARY_STORY.DELETED_AT).toInstant();
        StorySummary s = new StorySummary(r.get(LIBRARY_STORY.ID), r.get(LIBRARY_STORY.SLUG), r.get(LIBRARY_STORY.HEADLINE),
                Status.valueOf(r.get(LIBRARY_STORY.STATUS)), r.get(LIBRARY_STORY.PART_NUMBER), share(r.get(LIBRARY_STORY.EDITOR), shared),
                r.get(LIBRARY_STORY.REVISION), r.get(LIBRARY_STORY.UPDATED_AT).toInstant(), deleted);
        String[] channels = r.get(LIBRARY_STORY.CHANNELS);
        return new LibraryEntry(s, share(r.get(LIBRARY_STORY.SERIES_ID), shared), share(r.get(LIBRARY_STORY.SERIES_NAME), shared),
                r.get(LIBRARY_STORY.PARTS_TOTAL), channels == null ? List.of() : Arrays.asList(channels));
    }

    private static String share(String value, Map<String, String> shared) {
        return value == null ? null : shared.computeIfAbsent(value, v -> v);
    }
}
