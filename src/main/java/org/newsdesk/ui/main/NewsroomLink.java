package org.newsdesk.ui.main;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.newsroom.ConflictResolution;
import org.newsdesk.newsroom.NewsroomListener;
import org.newsdesk.newsroom.NewsroomSession;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.server.ServerDesk;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.ui.library.LibraryNewsroom;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The window's side of the newsroom session: the status-bar indicator, the banners over the
 * open story (a colleague has it open; a conflict is open) and live updates. Pulled stories
 * refresh the library; news for the open story is merged here between keystrokes: pending
 * typing is written first, the merge is computed against it, and written only if nothing was
 * typed meanwhile (else it is tried again), then the editor shows the merged text.
 */
public final class NewsroomLink {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final MainSession session;
    private final StoryOpening opening;
    private final Runnable flush;
    private final Runnable refreshLibrary;
    private final Consumer<Throwable> report;
    private final StringProperty indicator = new SimpleStringProperty("");
    private final StringProperty indicatorHelp = new SimpleStringProperty("");
    private final StringProperty presence = new SimpleStringProperty("");
    private final BooleanProperty conflictOpen = new SimpleBooleanProperty();
    private final ObjectProperty<NewsroomSession.State> state = new SimpleObjectProperty<>(NewsroomSession.State.NOT_JOINED);
    private final ObjectProperty<Map<UUID, String>> assignees = new SimpleObjectProperty<>(Map.of());
    private Map<UUID, List<ServerDesk.Presence>> present = Map.of();
    private List<UUID> conflicted = List.of();
    private final LibraryNewsroom library;
    private NewsroomSession live;
    private boolean merging;
    private boolean namesRead;

    NewsroomLink(BackgroundTasks tasks, Messages messages, MainSession session, StoryOpening opening, Runnable flush,
                 Runnable refreshLibrary, LibraryNewsroom library, Consumer<Throwable> report) {
        this.library = library;
        this.tasks = tasks;
        this.messages = messages;
        this.session = session;
        this.opening = opening;
        this.flush = flush;
        this.refreshLibrary = refreshLibrary;
        this.report = report;
        opening.openStoryProperty().addListener((obs, old, id) -> {
            if (live != null) {
                live.open(id);
            }
            showOpenStory();
        });
        opening.whenSaved(this::syncNow); // a save is pushed at once, not at the session's next look
    }

    /** The story with its text, fetched by the session when only its metadata is here; fails offline. */
    java.util.concurrent.CompletionStage<Story> fetchBody(UUID story) {
        NewsroomSession s = live;
        return s == null ? java.util.concurrent.CompletableFuture.failedFuture(ServerException.notConnected()) : s.fetch(story);
    }

    /** Starts the composition root's session: it runs in the background until {@link #stop}. */
    public void start(NewsroomSession built) {
        live = built;
        built.addListener(new NewsroomListener() {
            @Override
            public void status(NewsroomSession.Status s) {
                // the login is read here, off the window's thread (never before joining: nothing to read)
                String login = s.state() == NewsroomSession.State.NOT_JOINED ? "" : built.login().orElse("");
                tasks.post(() -> {
                    showStatus(s);
                    library.joined(s.state() != NewsroomSession.State.NOT_JOINED, login);
                    readNames(built, s.state());
                });
            }

            @Override
            public void pulled(List<UUID> stories) {
                tasks.post(refreshLibrary);
            }

            @Override
            public void openStoryHasNews(UUID story) {
                tasks.post(() -> takeNews(story));
            }

            @Override
            public void desk(Map<UUID, List<ServerDesk.Presence>> open, Map<UUID, String> handed) {
                tasks.post(() -> {
                    present = open;
                    assignees.set(handed);
                    Map<UUID, String> names = new java.util.HashMap<>();
                    open.keySet().forEach(id -> openElsewhere(id).ifPresent(n -> names.put(id, n)));
                    library.desk(names, handed);
                    showOpenStory();
                });
            }
        });
        built.open(opening.openStory());
        built.start();
    }

    /** Stops the session off the FX thread (colleagues stop seeing the open story), then runs {@code then}. */
    void stop(Runnable then) {
        NewsroomSession s = live;
        live = null;
        if (s == null) {
            then.run();
            return;
        }
        tasks.run(() -> {
            s.close();
            return null;
        }, done -> then.run(), e -> then.run());
    }

    /** The editors' display names for the library's assignee column, read once online. */
    private void readNames(NewsroomSession s, NewsroomSession.State state) {
        if (state == NewsroomSession.State.NOT_JOINED) {
            namesRead = false;
        } else if (state == NewsroomSession.State.ONLINE && !namesRead) {
            namesRead = true;
            tasks.whenDone(s.editors(), editors -> library.names(editors.stream().collect(Collectors.toMap(
                    ServerLibrary.Editor::login, e -> e.displayName().isBlank() ? e.login() : e.displayName(),
                    (a, b) -> a))), e -> namesRead = false);
        }
    }

    /** The newsroom's editors (to hand a story to one); {@code failed} when the server is away. */
    void editors(Consumer<List<ServerLibrary.Editor>> show, Consumer<Throwable> failed) {
        NewsroomSession s = live;
        if (s != null) {
            tasks.whenDone(s.editors(), show, failed);
        }
    }

    /** Hands {@code story} to the editor with {@code login} on the server; the library shows it at the next desk news. */
    void handOver(UUID story, String login, Runnable done, Consumer<Throwable> failed) {
        NewsroomSession s = live;
        if (s != null) {
            tasks.whenDone(s.assign(story, login), v -> {
                s.syncNow();
                done.run();
            }, failed);
        }
    }

    /** Asks for a sync now (after a conflict was resolved, say). */
    public void syncNow() {
        if (live != null) {
            live.syncNow();
        }
    }

    private void takeNews(UUID story) {
        NewsroomSession s = live;
        if (s == null || merging || !story.equals(opening.openStory())) {
            return;
        }
        merging = true;
        flush.run();
        session.afterQueuedWrites(() -> tasks.whenDone(s.incoming(story), in -> {
            merging = false;
            in.ifPresent(i -> apply(s, story, i));
        }, e -> {
            merging = false;
            report.accept(e);
        }), e -> {
            merging = false;
            report.accept(e);
        });
    }

    private void apply(NewsroomSession s, UUID story, NewsroomSync.Incoming in) {
        Story now = opening.current();
        if (!story.equals(opening.openStory()) || now == null) {
            return;
        }
        if (!in.mergedWith(now)) {
            return; // typed meanwhile: the merge is not written; that save's sync brings the news again
        }
        Story r = in.result();
        Story shown = new Story(r.id(), r.slug(), r.status(), r.metadata(), r.speakers(), r.paragraphs(), now.revision(),
                in.mine().version() + 1, now.createdAt(), now.updatedAt());
        var written = session.writer().submit(() -> s.accept(in));
        // shown again in place: the open story stays the same, so nothing that follows it (the
        // session's held story and presence, the commands' states, the library's selection) changes
        opening.show(shown, CaretThroughMerge.map(now.paragraphs(), shown.paragraphs(), caret()));
        tasks.whenDone(written, stored -> {
            refreshLibrary.run();
            s.syncNow();
        }, e -> {
            if (e instanceof StoreException se && se.problem() == StoreException.Problem.STALE) {
                opening.open(story, caret()); // written over meanwhile: show what the store holds
            } else {
                report.accept(e);
            }
        });
    }

    private int caret() {
        return opening.caret();
    }

    private void showStatus(NewsroomSession.Status s) {
        state.set(s.state());
        conflicted = s.conflicted();
        if (!connected(s.state()) && !present.isEmpty()) {
            // who has what open is known only while connected: the next desk report brings it back
            present = Map.of();
            library.desk(Map.of(), assignees.get());
        }
        String key = switch (s.state()) {
            case NOT_JOINED -> null;
            case CONNECTING, SYNCING -> "newsroom.indicator.syncing";
            case ONLINE -> s.conflicted().isEmpty() ? "newsroom.indicator.online" : "newsroom.indicator.conflict";
            case OFFLINE -> "newsroom.indicator.offline";
        };
        indicator.set(key == null ? "" : messages.get(key, s.conflicted().size()));
        indicatorHelp.set(key == null ? "" : messages.get(key + ".help", s.conflicted().size(), s.waiting(),
                s.problem() == null ? "" : s.problem()));
        showOpenStory();
    }

    /** Whether the session talks to the server (a sync under way counts: it runs while connected). */
    private static boolean connected(NewsroomSession.State s) {
        return s == NewsroomSession.State.ONLINE || s == NewsroomSession.State.SYNCING;
    }

    private void showOpenStory() {
        UUID id = opening.openStory();
        List<ServerDesk.Presence> others = id == null ? List.of() : present.getOrDefault(id, List.of());
        presence.set(others.isEmpty() ? "" : messages.get("newsroom.banner.alsoEditing",
                others.stream().map(p -> p.displayName().isBlank() ? p.login() : p.displayName()).distinct()
                        .collect(Collectors.joining("、"))));
        conflictOpen.set(id != null && conflicted.contains(id));
    }

    /** The open story's open conflicts, read in the background. */
    void openConflicts(Consumer<List<ConflictResolution.Open>> show) {
        UUID id = opening.openStory();
        if (id == null || session.closed()) {
            return;
        }
        tasks.whenDone(session.writer().submit(() -> new ConflictResolution(session.store()).open(id)), show, report);
    }

    /**
     * Closes one conflict of the open story: {@code take} a side, or (take null) use {@code edited};
     * the story is read again into the editor and pushed.
     */
    void resolve(String item, ConflictResolution.Take take, String edited, Runnable then) {
        UUID id = opening.openStory();
        if (id == null) {
            return;
        }
        int caret = caret();
        flush.run();
        var done = session.writer().submit(() -> {
            ConflictResolution resolution = new ConflictResolution(session.store());
            if (take == null) {
                resolution.resolveWith(id, item, edited);
            } else {
                resolution.resolve(id, item, take);
            }
            return resolution.open(id).isEmpty();
        });
        tasks.whenDone(done, allClosed -> {
            if (allClosed) {
                conflicted = conflicted.stream().filter(c -> !c.equals(id)).toList();
                showOpenStory();
            }
            opening.open(id, caret);
            refreshLibrary.run();
            syncNow();
            then.run();
        }, report);
    }

    /** Who has the story open elsewhere (display names), for the library's tooltip. */
    public Optional<String> openElsewhere(UUID story) {
        List<ServerDesk.Presence> others = present.getOrDefault(story, List.of());
        return others.isEmpty() ? Optional.empty() : Optional.of(others.stream()
                .map(p -> p.displayName().isBlank() ? p.login() : p.displayName()).distinct()
                .collect(Collectors.joining("、")));
    }

    public StringProperty indicatorProperty() {
        return indicator;
    }

    public StringProperty indicatorHelpProperty() {
        return indicatorHelp;
    }

    public StringProperty presenceProperty() {
        return presence;
    }

    public BooleanProperty conflictOpenProperty() {
        return conflictOpen;
    }

    public ObjectProperty<NewsroomSession.State> stateProperty() {
        return state;
    }

    public ObjectProperty<Map<UUID, String>> assigneesProperty() {
        return assignees;
    }
}
