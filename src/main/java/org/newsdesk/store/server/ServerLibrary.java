package org.newsdesk.store.server;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The newsroom's shared library on PostgreSQL: its schema (Flyway, {@code db/newsroom}), its
 * editors, and the stories workstations push and pull. SQL through jOOQ's dynamic DSL in the
 * POSTGRES dialect; one connection per instance (a workstation syncs from one thread).
 */
public final class ServerLibrary implements AutoCloseable {

    /** Where the server's migrations live (never mixed with the local store's db/migration). */
    public static final String MIGRATIONS = "classpath:db/newsroom";

    static final Table<Record> EDITOR = table(name("editor"));
    static final Table<Record> STORY = table(name("story"));
    static final Table<Record> PARAGRAPH = table(name("paragraph"));
    static final Table<Record> CHANGE_LOG = table(name("change_log"));
    static final Field<UUID> ID = field(name("id"), SQLDataType.UUID);
    static final Field<UUID> STORY_ID = field(name("story_id"), SQLDataType.UUID);
    static final Field<String> LOGIN = field(name("login"), SQLDataType.CLOB);
    static final Field<String> DISPLAY_NAME = field(name("display_name"), SQLDataType.CLOB);
    static final Field<String> ROLE = field(name("role"), SQLDataType.CLOB);
    static final Field<String> SLUG = field(name("slug"), SQLDataType.CLOB);
    static final Field<String> STATUS = field(name("status"), SQLDataType.CLOB);
    static final Field<JSONB> METADATA = field(name("metadata"), SQLDataType.JSONB);
    static final Field<JSONB> ROSTER = field(name("roster"), SQLDataType.JSONB);
    static final Field<Long> VERSION = field(name("version"), SQLDataType.BIGINT);
    static final Field<Long> CHANGE_SEQ = field(name("change_seq"), SQLDataType.BIGINT);
    static final Field<String> UPDATED_BY = field(name("updated_by"), SQLDataType.CLOB);
    static final Field<java.time.OffsetDateTime> DELETED_AT = field(name("deleted_at"), SQLDataType.OFFSETDATETIME);
    static final Field<Integer> POSITION = field(name("position"), SQLDataType.INTEGER);
    static final Field<String> SPEAKER_KEY = field(name("speaker_key"), SQLDataType.CLOB);
    static final Field<String> BODY = field(name("body"), SQLDataType.CLOB);
    static final Field<JSONB> SPANS = field(name("spans"), SQLDataType.JSONB);
    static final Field<Long> START_MS = field(name("start_ms"), SQLDataType.BIGINT);
    static final Field<Long> SEQ = field(name("seq"), SQLDataType.BIGINT);
    static final Field<Long> STORY_VERSION = field(name("story_version"), SQLDataType.BIGINT);
    static final Field<String> EDITOR_LOGIN = field(name("editor_login"), SQLDataType.CLOB);
    static final Field<Integer> PARAGRAPHS = field(name("paragraphs"), SQLDataType.INTEGER);
    /** The advisory lock key that orders change numbers with commits ("NEWSSEQ1" in ASCII). */
    static final long CHANGE_ORDER_LOCK = 0x4e45575353455131L;

    /** An account of the newsroom. */
    public record Editor(String login, String displayName, String role) {
    }

    private final Connection connection;
    private final DSLContext sql;

    private ServerLibrary(Connection connection) {
        this.connection = connection;
        this.sql = DSL.using(connection, SQLDialect.POSTGRES);
    }

    /** Creates or updates the server's schema. */
    public static void migrate(String url, String user, String password) {
        try {
            Flyway.configure().dataSource(url, user, password).locations(MIGRATIONS).cleanDisabled(true).load().migrate();
        } catch (FlywayException e) {
            throw new ServerException(ServerException.Problem.SCHEMA,
                    "The newsroom schema could not be created on " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    /** Connects with the editor's login; {@code password} may be null when the server trusts the connection. */
    public static ServerLibrary connect(String url, String user, String password) {
        return new ServerLibrary(open(url, user, password));
    }

    static Connection open(String url, String user, String password) {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "Newsdesk");
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("28")) {
                // invalid authorization (28000) or password (28P01)
                throw new ServerException(ServerException.Problem.LOGIN,
                        "The newsroom server " + redact(url) + " refused the login: " + e.getMessage(), e);
            }
            throw new ServerException(ServerException.Problem.UNREACHABLE,
                    "The newsroom server " + redact(url) + " cannot be reached: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- editors

    /**
     * Adds (or changes) an editor: a login role on the server in the role's group, and its row.
     * Only a chief editor (or the schema's owner) may; see {@link ServerAccounts}.
     */
    public void addEditor(String login, String displayName, String role) {
        new ServerAccounts(this).addEditor(login, displayName, role, null);
    }

    public List<Editor> editors() {
        return run(() -> sql.select(LOGIN, DISPLAY_NAME, ROLE).from(EDITOR).orderBy(LOGIN)
                .fetch(r -> new Editor(r.value1(), r.value2(), r.value3())));
    }

    public Optional<Editor> editor(String login) {
        return editors().stream().filter(e -> e.login().equals(login)).findFirst();
    }

    // ---------------------------------------------------------------- stories

    /** The newest change number on the server (0 when nothing was ever pushed). */
    public long latestChange() {
        return run(() -> {
            Long max = sql.select(DSL.max(CHANGE_SEQ)).from(STORY).fetchOne().value1();
            return max == null ? 0L : max;
        });
    }

    /**
     * Every story pushed after change {@code seq}, oldest change first, with its paragraphs, from
     * one snapshot of the server.
     */
    public List<ServerStory> changedSince(long seq) {
        List<ServerStory> out = new ArrayList<>();
        changedSince(seq, 1_000, out::addAll);
        return out;
    }

    /**
     * As {@link #changedSince(long)}, streamed for a large pull (a first join of a whole
     * library): see {@link ServerStream#changedSince}; every story comes with its paragraphs.
     */
    public void changedSince(long seq, int chunk, java.util.function.Consumer<List<ServerStory>> each) {
        changedSince(seq, chunk, ids -> new java.util.HashSet<>(ids), each);
    }

    /**
     * As {@link #changedSince(long, int, java.util.function.Consumer)}, with paragraphs only
     * for the stories of each chunk that {@code withBodies} names (the others come with none:
     * a join copies metadata only).
     */
    public void changedSince(long seq, int chunk, java.util.function.Function<List<UUID>, Set<UUID>> withBodies,
                             java.util.function.Consumer<List<ServerStory>> each) {
        new ServerStream(connection).changedSince(seq, chunk, withBodies, each);
    }

    /** These stories as the server holds them now, with their paragraphs (absent ones left out). */
    public List<ServerStory> stories(java.util.Collection<UUID> ids) {
        return new ServerStream(connection).stories(ids);
    }

    public Optional<ServerStory> story(UUID id) {
        return current(id);
    }

    /**
     * Pushes a story in one transaction. {@code expectedVersion} is the server version this
     * workstation last pulled (0 for a story new to the server); each paragraph's version is the
     * one it last pulled (0 for a new paragraph), checked for those in {@code changed}.
     * Paragraphs on the server but not in the story are deleted. Refused with
     * {@link ServerException.Problem#STALE} when anyone pushed in between.
     *
     * @return the story as the server now holds it (new version and change number)
     */
    public ServerStory push(ServerStory story, long expectedVersion, Set<String> changed, String login) {
        return run(() -> sql.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            // a provisional number; the change gets its real one at the end (see numberChange)
            long seq = tx.nextval(DSL.sequence(name("change_seq"), SQLDataType.BIGINT));
            long version = expectedVersion + 1;
            if (expectedVersion == 0) {
                int n = tx.insertInto(STORY).set(ID, story.id()).set(SLUG, story.slug()).set(STATUS, story.status())
                        .set(METADATA, JSONB.jsonb(story.metadataJson())).set(ROSTER, JSONB.jsonb(story.rosterJson()))
                        .set(VERSION, version).set(CHANGE_SEQ, seq).set(UPDATED_BY, login)
                        .set(DELETED_AT, story.trashed() ? DSL.currentOffsetDateTime() : DSL.inline(null, DELETED_AT))
                        .onConflictDoNothing().execute();
                if (n == 0) {
                    throw stale(story.id());
                }
            } else {
                int n = tx.update(STORY).set(SLUG, story.slug()).set(STATUS, story.status())
                        .set(METADATA, JSONB.jsonb(story.metadataJson())).set(ROSTER, JSONB.jsonb(story.rosterJson()))
                        .set(VERSION, version).set(CHANGE_SEQ, seq).set(UPDATED_BY, login)
                        .set(field(name("updated_at"), SQLDataType.OFFSETDATETIME), DSL.currentOffsetDateTime())
                        .set(DELETED_AT, story.trashed() ? DSL.coalesce(DELETED_AT, DSL.currentOffsetDateTime())
                                : DSL.inline(null, DELETED_AT))
                        .where(ID.eq(story.id()), VERSION.eq(expectedVersion)).execute();
                if (n == 0) {
                    throw stale(story.id());
                }
            }
            Map<String, Long> onServer = new HashMap<>();
            tx.select(ID, VERSION).from(PARAGRAPH).where(STORY_ID.eq(story.id())).forUpdate()
                    .fetch().forEach(r -> onServer.put(r.value1().toString(), r.value2()));
            List<ServerParagraph> written = new ArrayList<>();
            int position = 0;
            for (ServerParagraph p : story.paragraphs()) {
                position++;
                Long serverVersion = onServer.remove(p.id());
                long pv;
                if (serverVersion == null) {
                    pv = 1;
                    tx.insertInto(PARAGRAPH).set(ID, UUID.fromString(p.id())).set(STORY_ID, story.id())
                            .set(POSITION, position).set(SPEAKER_KEY, p.speakerKey()).set(BODY, p.text())
                            .set(SPANS, JSONB.jsonb(p.spansJson())).set(START_MS, p.startMs()).set(VERSION, pv).execute();
                } else if (changed.contains(p.id())) {
                    if (serverVersion != p.version()) {
                        throw stale(story.id());
                    }
                    pv = serverVersion + 1;
                    tx.update(PARAGRAPH).set(POSITION, position).set(SPEAKER_KEY, p.speakerKey()).set(BODY, p.text())
                            .set(SPANS, JSONB.jsonb(p.spansJson())).set(START_MS, p.startMs()).set(VERSION, pv)
                            .where(ID.eq(UUID.fromString(p.id()))).execute();
                } else {
                    pv = serverVersion;
                    tx.update(PARAGRAPH).set(POSITION, position).where(ID.eq(UUID.fromString(p.id())))
                            .and(POSITION.ne(position)).execute();
                }
                written.add(new ServerParagraph(p.id(), p.speakerKey(), p.text(), p.spansJson(), p.startMs(), pv));
            }
            if (!onServer.isEmpty()) {
                tx.deleteFrom(PARAGRAPH).where(ID.in(onServer.keySet().stream().map(UUID::fromString).toList())).execute();
            }
            seq = numberChange(tx, story.id());
            tx.insertInto(CHANGE_LOG).set(SEQ, seq).set(STORY_ID, story.id()).set(STORY_VERSION, version)
                    .set(EDITOR_LOGIN, login).set(PARAGRAPHS, changed.size()).execute();
            return new ServerStory(story.id(), story.slug(), story.status(), story.metadataJson(), story.rosterJson(),
                    written, version, seq, login, story.trashed());
        }));
    }

    /**
     * Gives the story being pushed its change number as the last step before the commit, under
     * a lock held until the commit: change numbers then become visible in their order, which
     * pulls rely on (they read the changes after the newest number seen). Numbered at the start
     * instead, a push that committed late (a slow network, a row lock) could get a smaller
     * number than a change another workstation had already pulled, and that workstation never
     * pulled it. The lock serialises only this last step of concurrent pushes.
     */
    private static long numberChange(DSLContext tx, UUID story) {
        tx.execute("select pg_advisory_xact_lock(" + CHANGE_ORDER_LOCK + ")");
        long seq = tx.nextval(DSL.sequence(name("change_seq"), SQLDataType.BIGINT));
        tx.update(STORY).set(CHANGE_SEQ, seq).where(ID.eq(story)).execute();
        return seq;
    }

    /** Who has which story open and who stories are handed to, over this connection. */
    public ServerDesk desk() {
        return new ServerDesk(sql);
    }

    /**
     * The story as the server holds it now, with its paragraphs, from one snapshot (see
     * {@link ServerStream#current}).
     */
    public Optional<ServerStory> current(UUID id) {
        return new ServerStream(connection).current(id);
    }

    /** The connection's SQL, for the other server classes of this package. */
    DSLContext sql() {
        return sql;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to release
        }
    }

    private static ServerException stale(UUID id) {
        return new ServerException(ServerException.Problem.STALE,
                "Story " + id + " was pushed by someone else since it was last pulled", null);
    }

    static <T> T run(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            if (e.getCause() instanceof ServerException se) {
                throw se;
            }
            String state = e.sqlState() == null ? "" : e.sqlState();
            ServerException.Problem problem = state.startsWith("08") ? ServerException.Problem.UNREACHABLE
                    : "42501".equals(state) ? ServerException.Problem.REFUSED : ServerException.Problem.FAILED;
            throw new ServerException(problem, "The newsroom server refused: " + e.getMessage(), e);
        }
    }

    static void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }

    /** The address without any password given in it. */
    public static String redact(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
