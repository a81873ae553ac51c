package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.NAME_DIRECTORY;
import static org.newsdesk.store.jooq.Tables.STORY;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.newsdesk.model.Metadata;
import org.newsdesk.store.jooq.tables.records.NameDirectoryRecord;
import org.newsdesk.workflow.metadata.FieldProblem;
import org.newsdesk.workflow.metadata.MetadataRejected;
import org.newsdesk.workflow.metadata.MetadataValidator;
import org.newsdesk.workflow.names.NameEntry;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;

/**
 * The names used before as source, author or editor, for autocompletion. Names are recorded
 * when an editor commits them ({@link #recordUse}), not on every autosave, so half-typed names
 * never land here. A misspelt name is fixed once with {@link #rename}, in every story too.
 */
public final class NameDirectoryRepository {

    private final Transactions tx;
    private final Clock clock;

    NameDirectoryRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Names of {@code kind} that contain {@code typed} (case-insensitive), those starting with it
     * first, then the most used and most recently used.
     */
    public List<NameEntry> names(NameKind kind, String typed, int limit) {
        String t = typed == null ? "" : typed.strip();
        return tx.read(d -> d.selectFrom(NAME_DIRECTORY)
                .where(NAME_DIRECTORY.KIND.eq(kind.name()), NAME_DIRECTORY.NAME.containsIgnoreCase(t))
                .orderBy(DSL.when(NAME_DIRECTORY.NAME.startsWithIgnoreCase(t), 0).otherwise(1),
                        NAME_DIRECTORY.USE_COUNT.desc(), NAME_DIRECTORY.LAST_USED.desc(), NAME_DIRECTORY.NAME)
                .limit(limit)
                .fetch(NameDirectoryRepository::entry));
    }

    /** Counts one use of the story's source, editor and each author. */
    public void recordUse(Metadata m) {
        List<NameEntry> uses = new ArrayList<>();
        add(uses, NameKind.SOURCE, m.source());
        add(uses, NameKind.EDITOR, m.editor());
        m.authors().forEach(a -> add(uses, NameKind.AUTHOR, a));
        if (uses.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        tx.write(d -> {
            for (NameEntry u : uses) {
                d.mergeInto(NAME_DIRECTORY)
                        .using(d.selectOne())
                        .on(NAME_DIRECTORY.KIND.eq(u.kind().name()), NAME_DIRECTORY.NAME.eq(u.name()))
                        .whenMatchedThenUpdate()
                        .set(NAME_DIRECTORY.USE_COUNT, NAME_DIRECTORY.USE_COUNT.plus(1))
                        .set(NAME_DIRECTORY.LAST_USED, now)
                        .whenNotMatchedThenInsert(NAME_DIRECTORY.KIND, NAME_DIRECTORY.NAME, NAME_DIRECTORY.USE_COUNT,
                                NAME_DIRECTORY.LAST_USED)
                        .values(u.kind().name(), u.name(), 1, now)
                        .execute();
            }
            return null;
        });
    }

    /**
     * Renames a name in the directory and in every story that uses it (library and trash), in
     * one transaction. A source is renamed as a source; an author or editor is a person, renamed
     * in the authors and the editor fields alike (張今沛 is 張令沛 misspelt wherever it stands).
     * If {@code newName} is already known, the two entries merge (their counts add up). Stories
     * that change get a new version, so an editor that has one open reloads it.
     *
     * @return the ids of the stories that changed
     * @throws MetadataRejected when {@code newName} is not a valid name
     */
    public List<UUID> rename(NameKind kind, String oldName, String newName) {
        List<FieldProblem> problems = MetadataValidator.nameProblems(kind.field(), newName);
        if (!problems.isEmpty()) {
            throw new MetadataRejected(problems);
        }
        String to = newName.strip();
        if (to.equals(oldName)) {
            return List.of();
        }
        OffsetDateTime now = now();
        List<NameKind> kinds = kind == NameKind.SOURCE ? List.of(NameKind.SOURCE) : List.of(NameKind.AUTHOR, NameKind.EDITOR);
        return tx.write(d -> {
            ListedStories.promoteNaming(d, oldName); // stories only listed from a newsroom are renamed too
            LinkedHashSet<UUID> changed = new LinkedHashSet<>();
            for (NameKind k : kinds) {
                changed.addAll(switch (k) {
                    case SOURCE -> renameColumn(d, STORY.SOURCE, oldName, to, now);
                    case EDITOR -> renameColumn(d, STORY.EDITOR, oldName, to, now);
                    case AUTHOR -> renameAuthor(d, oldName, to, now);
                });
                mergeEntry(d, k, oldName, to);
            }
            return List.copyOf(changed);
        });
    }

    /** Whether {@code name} is already in the directory as {@code kind}'s (a rename to it merges). */
    public boolean known(NameKind kind, String name) {
        List<NameKind> kinds = kind == NameKind.SOURCE ? List.of(NameKind.SOURCE) : List.of(NameKind.AUTHOR, NameKind.EDITOR);
        String n = name == null ? "" : name.strip();
        return all().stream().anyMatch(u -> kinds.contains(u.kind()) && u.name().equals(n));
    }

    private static void mergeEntry(DSLContext d, NameKind kind, String oldName, String to) {
        NameDirectoryRecord old = d.selectFrom(NAME_DIRECTORY)
                .where(NAME_DIRECTORY.KIND.eq(kind.name()), NAME_DIRECTORY.NAME.eq(oldName)).fetchOne();
        if (old == null) {
            return;
        }
        NameDirectoryRecord existing = d.selectFrom(NAME_DIRECTORY)
                .where(NAME_DIRECTORY.KIND.eq(kind.name()), NAME_DIRECTORY.NAME.eq(to)).fetchOne();
        if (existing == null) {
            d.update(NAME_DIRECTORY).set(NAME_DIRECTORY.NAME, to)
                    .where(NAME_DIRECTORY.KIND.eq(kind.name()), NAME_DIRECTORY.NAME.eq(oldName)).execute();
        } else {
            existing.setUseCount(existing.getUseCount() + old.getUseCount());
            if (old.getLastUsed().isAfter(existing.getLastUsed())) {
                existing.setLastUsed(old.getLastUsed());
            }
            existing.store();
            old.delete();
        }
    }

    /**
     * Every name of the directory and of the stories (library and trash), by kind and name,
     * with how often it was committed and how many stories use it now.
     */
    public List<NameUse> all() {
        Map<NameKind, Map<String, int[]>> counts = new EnumMap<>(NameKind.class);
        for (NameKind k : NameKind.values()) {
            counts.put(k, new TreeMap<>());
        }
        tx.read(d -> {
            d.selectFrom(NAME_DIRECTORY).fetch().forEach(r ->
                    counts.get(NameKind.valueOf(r.getKind())).computeIfAbsent(r.getName(), n -> new int[2])[0] = r.getUseCount());
            ListedStories.NameUser user = (source, editor, authors) -> {
                count(counts.get(NameKind.SOURCE), source);
                count(counts.get(NameKind.EDITOR), editor);
                if (authors != null) {
                    for (String a : new LinkedHashSet<>(Arrays.asList(authors))) {
                        count(counts.get(NameKind.AUTHOR), a);
                    }
                }
            };
            d.select(STORY.SOURCE, STORY.EDITOR, STORY.AUTHORS).from(STORY).fetchSize(1000)
                    .forEach(r -> user.names(r.value1(), r.value2(), r.value3()));
            ListedStories.forEachNames(d, user);
            return null;
        });
        List<NameUse> out = new ArrayList<>();
        counts.forEach((kind, names) -> names.forEach((name, c) -> out.add(new NameUse(kind, name, c[0], c[1]))));
        return out;
    }

    /**
     * Forgets every directory name no story (library or trash) uses any more.
     *
     * @return how many names were forgotten
     */
    public int removeUnused() {
        return tx.write(d -> {
            int removed = 0;
            for (NameUse u : all()) {
                if (u.stories() == 0) {
                    removed += d.deleteFrom(NAME_DIRECTORY).where(NAME_DIRECTORY.KIND.eq(u.kind().name()),
                            NAME_DIRECTORY.NAME.eq(u.name())).execute();
                }
            }
            return removed;
        });
    }

    private static void count(Map<String, int[]> names, String name) {
        if (name != null && !name.isBlank()) {
            names.computeIfAbsent(name, n -> new int[2])[1]++;
        }
    }

    /** Drops a name from the autocompletion (stories keep it). */
    public void forget(NameKind kind, String name) {
        tx.write(d -> d.deleteFrom(NAME_DIRECTORY)
                .where(NAME_DIRECTORY.KIND.eq(kind.name()), NAME_DIRECTORY.NAME.eq(name)).execute());
    }

    private static List<UUID> renameColumn(DSLContext d, org.jooq.TableField<?, String> column, String from, String to,
                                           OffsetDateTime now) {
        List<UUID> ids = d.select(STORY.ID).from(STORY).where(column.eq(from)).fetch(STORY.ID);
        if (!ids.isEmpty()) {
            d.update(STORY).set(column, to).set(STORY.VERSION, STORY.VERSION.plus(1)).set(STORY.UPDATED_AT, now)
                    .where(STORY.ID.in(ids)).execute();
        }
        return ids;
    }

    private static List<UUID> renameAuthor(DSLContext d, String from, String to, OffsetDateTime now) {
        List<UUID> ids = new ArrayList<>();
        var rows = d.select(STORY.ID, STORY.AUTHORS).from(STORY)
                .where(DSL.condition("array_contains({0}, {1})", STORY.AUTHORS, DSL.val(from))).fetch();
        for (var r : rows) {
            LinkedHashSet<String> authors = new LinkedHashSet<>();
            for (String a : r.value2()) {
                authors.add(a.equals(from) ? to : a);
            }
            d.update(STORY).set(STORY.AUTHORS, authors.toArray(String[]::new))
                    .set(STORY.VERSION, STORY.VERSION.plus(1)).set(STORY.UPDATED_AT, now)
                    .where(STORY.ID.eq(r.value1())).execute();
            ids.add(r.value1());
        }
        return ids;
    }

    private static void add(List<NameEntry> uses, NameKind kind, String name) {
        String n = name == null ? "" : name.strip();
        if (!n.isEmpty() && uses.stream().noneMatch(u -> u.kind() == kind && u.name().equals(n))) {
            uses.add(new NameEntry(kind, n, null, 0));
        }
    }

    private static NameEntry entry(NameDirectoryRecord r) {
        return new NameEntry(NameKind.valueOf(r.getKind()), r.getName(), r.getLastUsed().toInstant(), r.getUseCount());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
