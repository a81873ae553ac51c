package org.newsdesk.store.server;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The newsroom's desk on the server: who has which story open (a heartbeat per workstation;
 * a row not renewed within the expiry means that workstation went away) and who each story is
 * handed to.
 */
public final class ServerDesk {

    static final Table<Record> PRESENCE = table(name("presence"));
    static final Table<Record> ASSIGNMENT = table(name("assignment"));
    static final Field<String> WORKSTATION = field(name("workstation"), SQLDataType.CLOB);
    static final Field<String> EDITOR_LOGIN = field(name("editor_login"), SQLDataType.CLOB);
    static final Field<String> DISPLAY_NAME = field(name("display_name"), SQLDataType.CLOB);
    static final Field<UUID> STORY_ID = field(name("story_id"), SQLDataType.UUID);
    static final Field<java.time.OffsetDateTime> SEEN_AT = field(name("seen_at"), SQLDataType.OFFSETDATETIME);
    static final Field<String> ASSIGNEE = field(name("assignee"), SQLDataType.CLOB);
    static final Field<String> ASSIGNED_BY = field(name("assigned_by"), SQLDataType.CLOB);

    /** Someone who has a story open on another workstation. */
    public record Presence(String workstation, String login, String displayName, UUID storyId) {
    }

    private final DSLContext sql;

    ServerDesk(DSLContext sql) {
        this.sql = sql;
    }

    /** Renews this workstation's heartbeat with the story it has open (null: none). */
    public void heartbeat(String workstation, String login, String displayName, UUID openStory) {
        ServerLibrary.run(() -> sql.insertInto(PRESENCE).set(WORKSTATION, workstation).set(EDITOR_LOGIN, login)
                .set(DISPLAY_NAME, displayName).set(STORY_ID, openStory).set(SEEN_AT, DSL.currentOffsetDateTime())
                .onConflict(WORKSTATION).doUpdate().set(EDITOR_LOGIN, login).set(DISPLAY_NAME, displayName)
                .set(STORY_ID, openStory).set(SEEN_AT, DSL.currentOffsetDateTime()).execute());
    }

    /** Leaves: this workstation no longer shows anyone a story as open. */
    public void leave(String workstation) {
        ServerLibrary.run(() -> sql.deleteFrom(PRESENCE).where(WORKSTATION.eq(workstation)).execute());
    }

    /** Stories open on workstations whose heartbeat is younger than {@code expiry}. */
    public List<Presence> present(Duration expiry) {
        return ServerLibrary.run(() -> sql.select(WORKSTATION, EDITOR_LOGIN, DISPLAY_NAME, STORY_ID).from(PRESENCE)
                .where(STORY_ID.isNotNull())
                .and(SEEN_AT.gt(DSL.currentOffsetDateTime().minus(DSL.field("interval '" + expiry.toSeconds()
                        + " seconds'", SQLDataType.OTHER))))
                .orderBy(EDITOR_LOGIN)
                .fetch(r -> new Presence(r.value1(), r.value2(), r.value3(), r.value4())));
    }

    /** Hands the story to {@code assignee} (a login), recorded as done by {@code by}. */
    public void assign(UUID storyId, String assignee, String by) {
        ServerLibrary.run(() -> sql.insertInto(ASSIGNMENT).set(STORY_ID, storyId).set(ASSIGNEE, assignee)
                .set(ASSIGNED_BY, by).onConflict(STORY_ID).doUpdate().set(ASSIGNEE, assignee).set(ASSIGNED_BY, by)
                .set(field(name("assigned_at"), SQLDataType.OFFSETDATETIME), DSL.currentOffsetDateTime()).execute());
    }

    /** Every story's assignee (login). */
    public Map<UUID, String> assignments() {
        return ServerLibrary.run(() -> {
            Map<UUID, String> out = new HashMap<>();
            sql.select(STORY_ID, ASSIGNEE).from(ASSIGNMENT).fetch().forEach(r -> out.put(r.value1(), r.value2()));
            return out;
        });
    }
}
