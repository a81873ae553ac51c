package org.newsdesk.ui.preferences;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.NewsroomMembership;
import org.newsdesk.store.server.ServerException;

/**
 * Preferences → Newsroom without a window: the server address (a JDBC URL, or
 * {@code host[:port]/database}), the login and the password; Connect tries them on the server in
 * the background and keeps them, Disconnect leaves. The state line says in plain words how it
 * stands: joined as whom with which role and the live link's state, or why joining failed.
 */
public final class NewsroomPreferences {

    private final org.newsdesk.ui.common.BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<NewsroomMembership> membership;
    private final Runnable changed;
    private final ObservableStringValue live;
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty joined = new SimpleBooleanProperty();
    private String joinedLine = "";

    /**
     * @param membership the data folder's membership (null while the library is still opening)
     * @param changed    run after a join or leave (the live session picks the change up)
     * @param live       the live link's state in words ("online", "3 conflicts", …), empty when idle
     */
    public NewsroomPreferences(org.newsdesk.ui.common.BackgroundTasks tasks, Messages messages,
                               Supplier<NewsroomMembership> membership, Runnable changed, ObservableStringValue live) {
        this.tasks = tasks;
        this.messages = messages;
        this.membership = membership;
        this.changed = changed;
        this.live = live;
        live.addListener((o, old, now) -> showJoined());
        NewsroomMembership m = membership.get();
        if (m == null) {
            state.set(messages.get("newsroom.prefs.notReady"));
            return;
        }
        busy.set(true);
        tasks.run(m::connection, c -> {
            busy.set(false);
            if (c.isPresent()) {
                server.set(c.get().url());
                login.set(c.get().user());
                joined.set(true);
                joinedLine = messages.get("newsroom.prefs.joinedAs", c.get().user(), redacted(c.get().url()));
                showJoined();
            } else {
                state.set(messages.get("newsroom.prefs.notJoined"));
            }
        }, this::failed);
    }

    /** Tries the address, login and password on the server; when it works they are kept. */
    public void connect() {
        NewsroomMembership m = membership.get();
        String url = jdbcUrl(server.get());
        String user = login.get() == null ? "" : login.get().strip();
        if (m == null || busy.get()) {
            return;
        }
        if (url.isEmpty() || user.isEmpty()) {
            state.set(messages.get("newsroom.prefs.missing"));
            return;
        }
        char[] secret = password.get() == null ? new char[0] : password.get().toCharArray();
        busy.set(true);
        state.set(messages.get("newsroom.prefs.connecting", redacted(url)));
        tasks.run(() -> m.join(url, user, secret), j -> {
            busy.set(false);
            password.set("");
            server.set(url);
            joined.set(true);
            String role = j.role().isEmpty() ? "" : messages.get("newsroom.role." + j.role());
            joinedLine = messages.get("newsroom.prefs.joined", j.displayName().isBlank() ? j.login() : j.displayName(),
                    j.login(), role, j.server());
            showJoined();
            changed.run();
        }, this::failed);
    }

    /** Leaves the newsroom (stories stay in this data folder). */
    public void disconnect() {
        NewsroomMembership m = membership.get();
        if (m == null || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            m.leave();
            return null;
        }, done -> {
            busy.set(false);
            joined.set(false);
            joinedLine = "";
            state.set(messages.get("newsroom.prefs.left"));
            changed.run();
        }, this::failed);
    }

    private void showJoined() {
        if (!joined.get() || busy.get()) {
            return;
        }
        String now = live.get();
        state.set(now == null || now.isBlank() ? joinedLine : messages.get("newsroom.prefs.withLive", joinedLine, now));
    }

    private void failed(Throwable e) {
        busy.set(false);
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ServerException) && !(t instanceof NewsroomMembership.NotAnEditor)) {
            t = t.getCause();
        }
        if (t instanceof NewsroomMembership.NotAnEditor) {
            state.set(messages.get("newsroom.prefs.notAnEditor", login.get()));
        } else if (t instanceof ServerException se) {
            state.set(switch (se.problem()) {
                case LOGIN -> messages.get("newsroom.prefs.wrongLogin", login.get());
                case UNREACHABLE -> messages.get("newsroom.prefs.unreachable", redacted(jdbcUrl(server.get())));
                case SCHEMA -> messages.get("newsroom.prefs.noNewsroom", redacted(jdbcUrl(server.get())));
                default -> messages.get("newsroom.prefs.failed", se.getMessage());
            });
        } else {
            state.set(messages.get("newsroom.prefs.failed", String.valueOf(t.getMessage())));
        }
    }

    /** A JDBC URL as typed, or one made of {@code host[:port]/database}. */
    static String jdbcUrl(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty() || s.startsWith("jdbc:")) {
            return s;
        }
        return "jdbc:postgresql://" + s.replaceFirst("^postgres(ql)?://", "");
    }

    private static String redacted(String url) {
        return org.newsdesk.store.server.ServerLibrary.redact(url);
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty joinedProperty() {
        return joined;
    }
}
