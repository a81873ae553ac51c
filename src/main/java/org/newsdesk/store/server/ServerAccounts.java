package org.newsdesk.store.server;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;

/**
 * The newsroom's accounts as the server enforces them (migration V3): each editor is a login role
 * in the group of their role (reporter, editor, chief); the server refuses a reporter who sets a
 * story to approved, published or withdrawn, whatever the client, and records every sign-off
 * under the session's account.
 */
public final class ServerAccounts {

    /** The roles, weakest first, as the server names them. */
    public static final List<String> ROLES = List.of("reporter", "editor", "chief");

    private static final Table<Record> SIGNOFF = table(name("signoff"));

    /** One approval, publication, withdrawal or delivery as the server recorded it. */
    public record SignOff(UUID storyId, long storyVersion, String action, String login, OffsetDateTime at) {
    }

    private final ServerLibrary server;

    public ServerAccounts(ServerLibrary server) {
        this.server = server;
    }

    /**
     * Adds an editor, or changes their name, role and password: a login role (with the password
     * when not null), membership of the role's group, and the editor row. Refused
     * ({@link ServerException.Problem#REFUSED}) unless this account is a chief editor.
     */
    public void addEditor(String login, String displayName, String role, String password) {
        ServerLibrary.run(() -> server.sql().execute(
                "select newsroom_add_editor(cast(? as text), cast(? as text), cast(? as text), cast(? as text))",
                login, displayName, role, password));
    }

    /** This connection's role in the newsroom (the owner and superusers are chiefs), if any. */
    public Optional<String> myRole() {
        return ServerLibrary.run(() -> Optional.ofNullable(
                (String) server.sql().fetchValue("select newsroom_role()")));
    }

    /** Every sign-off recorded for a story, oldest first. */
    public List<SignOff> signOffs(UUID storyId) {
        return ServerLibrary.run(() -> server.sql()
                .select(field(name("story_version"), SQLDataType.BIGINT), field(name("action"), SQLDataType.CLOB),
                        field(name("login"), SQLDataType.CLOB), field(name("at"), SQLDataType.OFFSETDATETIME))
                .from(SIGNOFF).where(field(name("story_id"), SQLDataType.UUID).eq(storyId))
                .orderBy(field(name("id")))
                .fetch(r -> new SignOff(storyId, r.value1(), r.value2(), r.value3(), r.value4())));
    }
}
