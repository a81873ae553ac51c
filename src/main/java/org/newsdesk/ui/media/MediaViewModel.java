package org.newsdesk.ui.media;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.MediaLink;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The recording beside the open story: which file it is, whether it plays, where playback
 * is, and the transcription keys' controls. Files are looked at and opened in the
 * background (a recording on a disconnected share must not freeze the window); the link is
 * written on the store's writer thread.
 */
public final class MediaViewModel {

    /** What the pane shows. */
    public enum State { NO_STORY, NONE, CHECKING, READY, PROBLEM }

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_STORY);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MediaLink> link = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper positionMillis = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper lengthMillis = new ReadOnlyDoubleWrapper();
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty volume = new SimpleDoubleProperty(1.0);
    private final BooleanProperty follow = new SimpleBooleanProperty(false);
    private final BooleanProperty timestampsHidden = new SimpleBooleanProperty(false);
    /** True while the toggles are set from the store, so setting them is not written back. */
    private boolean restoringToggles;
    private final ObjectProperty<PlaybackSettings> settings = new SimpleObjectProperty<>(PlaybackSettings.defaults());
    private final ReadOnlyObjectWrapper<MediaPlayer> player = new ReadOnlyObjectWrapper<>();
    private final PlaybackMemory memory;
    private final Store store;
    private final StoreWriter writer;
    /** True once the window closes: nothing more is loaded or written. */
    private boolean closed;
    private UUID storyId;
    private FxMediaPlayback playback;
    private TranscriptionControls controls;
    /** Counts loads, so the outcome of one superseded by a later one is dropped. */
    private long generation;

    /**
     * The media pane of the open {@code story} of {@code store}; the playback settings kept in the
     * store are read at once, changes written through {@code writer}.
     */
    public MediaViewModel(BackgroundTasks tasks, Messages messages, ReadOnlyObjectProperty<Story> story, Store store,
            StoreWriter writer) {
        this.tasks = tasks;
        this.messages = messages;
        this.store = store;
        this.writer = writer;
        this.memory = new PlaybackMemory(tasks, store, writer);
        story.addListener((obs, old, now) -> storyChanged(now == null ? null : now.id()));
        settings.addListener((obs, old, now) -> {
            if (controls != null) {
                controls.setSettings(now);
            }
        });
        follow.addListener((obs, old, now) -> keepToggle(PlaybackMemory.FOLLOW_KEY, now));
        timestampsHidden.addListener((obs, old, now) -> keepToggle(PlaybackMemory.HIDE_TIMESTAMPS_KEY, now));
        memory.read(settings::set, (following, hidden) -> {
            restoringToggles = true;
            follow.set(following);
            timestampsHidden.set(hidden);
            restoringToggles = false;
        });
    }

    /** Stops playback and lets go of the file and the store (window closing). */
    public void close() {
        unload();
        closed = true;
        memory.close();
    }

    private void storyChanged(UUID id) {
        unload();
        storyId = id;
        link.set(null);
        if (id == null) {
            show(State.NO_STORY, "");
            return;
        }
        if (closed) {
            return;
        }
        Store s = store;
        long mine = ++generation;
        tasks.run(() -> s.media().find(id), found -> {
            if (mine != generation) {
                return;
            }
            if (found.isEmpty()) {
                show(State.NONE, messages.get("media.none"));
            } else {
                load(found.get(), false);
            }
        }, e -> show(State.PROBLEM, MediaProblemText.link(e, messages)));
    }

    /**
     * Links the open story to the recording at {@code typed} (a path as the editor typed or
     * chose it) and loads it. A file of another name or size than the one linked before is
     * accepted (that is what relinking a moved or converted file means) with a notice.
     */
    public void linkFile(String typed) {
        if (storyId == null || closed) {
            return;
        }
        Path path;
        try {
            path = Path.of(typed.strip()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            show(State.PROBLEM, messages.get("media.problem.badPath", typed.strip()));
            return;
        }
        UUID id = storyId;
        MediaLink before = link.get();
        Store s = store;
        StoreWriter w = writer;
        unload();
        long mine = ++generation;
        show(State.CHECKING, messages.get("media.checking", path.getFileName() == null ? path : path.getFileName()));
        tasks.run(() -> {
            MediaProblem.check(path);
            MediaLink linked = new MediaLink(path.toString(), String.valueOf(path.getFileName()), Files.size(path));
            w.submit(() -> {
                s.media().link(id, linked);
                return null;
            }).join();
            return linked;
        }, linked -> {
            if (mine != generation) {
                return;
            }
            boolean differs = before != null && before.sizeBytes() != linked.sizeBytes();
            load(linked, differs);
        }, e -> {
            if (mine == generation) {
                show(State.PROBLEM, MediaProblemText.describe(e, path.toString(), String.valueOf(path.getFileName()), messages));
            }
        });
    }

    private void load(MediaLink media, boolean differsFromBefore) {
        link.set(media);
        Path path = Path.of(media.path());
        long mine = ++generation;
        show(State.CHECKING, messages.get("media.checking", media.fileName()));
        tasks.run(() -> {
            MediaProblem.check(path);
            long size = Files.size(path);
            try {
                return new Opened(new Media(path.toUri().toString()), size != media.sizeBytes());
            } catch (MediaException e) {
                throw MediaProblem.of(e);
            }
        }, opened -> {
            if (mine == generation) {
                start(opened.media(), media, differsFromBefore || opened.sizeChanged());
            }
        }, e -> {
            if (mine == generation) {
                show(State.PROBLEM, MediaProblemText.describe(e, media.path(), media.fileName(), messages));
            }
        });
    }

    private record Opened(Media media, boolean sizeChanged) {
    }

    private void start(Media media, MediaLink linked, boolean sizeChanged) {
        MediaPlayer created;
        try {
            created = new MediaPlayer(media);
        } catch (MediaException e) {
            show(State.PROBLEM, MediaProblemText.describe(MediaProblem.of(e), linked.path(), linked.fileName(), messages));
            return;
        }
        FxMediaPlayback fx = new FxMediaPlayback(created);
        playback = fx;
        controls = new TranscriptionControls(fx, settings.get());
        created.setRate(rate.get());
        created.volumeProperty().bind(volume);
        created.currentTimeProperty().addListener((obs, old, t) -> {
            if (playback == fx) {
                positionMillis.set(t.toMillis());
                controls.positionChanged(FxMediaPlayback.toJava(t));
            }
        });
        created.statusProperty().addListener((obs, old, s) -> {
            if (playback == fx) {
                playing.set(s == MediaPlayer.Status.PLAYING);
            }
        });
        created.setOnReady(() -> {
            if (playback == fx) {
                lengthMillis.set(fx.length().toMillis());
                player.set(created);
                show(State.READY, linked.fileName());
                notice.set(sizeChanged ? messages.get("media.sizeChanged", linked.fileName()) : "");
            }
        });
        created.setOnError(() -> {
            if (playback == fx) {
                MediaException e = created.getError();
                unload();
                show(State.PROBLEM, MediaProblemText.describe(MediaProblem.of(e), linked.path(), linked.fileName(), messages));
            }
        });
    }

    private void unload() {
        generation++;
        if (playback != null) {
            playback.dispose();
        }
        playback = null;
        controls = null;
        player.set(null);
        playing.set(false);
        positionMillis.set(0);
        lengthMillis.set(0);
        notice.set("");
    }

    private void show(State s, String text) {
        state.set(s);
        status.set(text);
    }

    /**
     * Runs a playback action. Returns false when there is nothing to play (no recording, or
     * one that failed): the key then keeps its ordinary meaning.
     */
    public boolean perform(PlaybackAction action) {
        if (controls == null || state.get() != State.READY) {
            return false;
        }
        switch (action) {
            case PLAY_PAUSE -> controls.togglePlay();
            case BACK -> controls.back();
            case FORWARD -> controls.forward();
            case SLOWER -> rate.set(controls.slower());
            case FASTER -> rate.set(controls.faster());
            case LOOP -> notice.set(loopNotice(controls.loop()));
            case TIMESTAMP -> {
                // the editor inserts the mark; see position()
            }
        }
        // a paused player reports no position changes of its own
        positionMillis.set(playback.position().toMillis());
        return true;
    }

    private String loopNotice(TranscriptionControls.LoopState loop) {
        return switch (loop) {
            case START_MARKED -> messages.get("media.loop.startMarked");
            case LOOPING -> controls.currentLoop().map(r -> messages.get("media.loop.on",
                    org.newsdesk.text.Timecode.format(r.start()), org.newsdesk.text.Timecode.format(r.end()))).orElse("");
            case OFF -> messages.get("media.loop.off");
        };
    }

    /** Goes to {@code time} (a clicked timestamp, the seek bar). */
    public void seek(Duration time) {
        if (controls != null && state.get() == State.READY) {
            controls.seek(time);
            positionMillis.set(LoopRange.clamp(time, playback.length()).toMillis());
        }
    }

    /** The playback position, or null without a playable recording. */
    public Duration position() {
        return playback == null || state.get() != State.READY ? null : playback.position();
    }

    /** Where a turn started now begins: the position while playing, else unknown (null). */
    public Duration positionWhilePlaying() {
        return playback != null && playback.isPlaying() ? playback.position() : null;
    }

    private void keepToggle(String key, boolean value) {
        if (!restoringToggles) {
            memory.keep(key, value);
        }
    }

    /** Keeps new playback settings (keys, step, rewind) for this and later sessions. */
    public void changeSettings(PlaybackSettings value) {
        settings.set(value);
        memory.keepSettings(value);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The file's name when it plays, else what is wrong or what to do. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A passing remark: loop marks, a relinked file of another size. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MediaLink> linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty positionMillisProperty() {
        return positionMillis.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty lengthMillisProperty() {
        return lengthMillis.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** The player while a recording is ready (for a video view), else null. */
    public ReadOnlyObjectProperty<MediaPlayer> playerProperty() {
        return player.getReadOnlyProperty();
    }

    public DoubleProperty volumeProperty() {
        return volume;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public BooleanProperty timestampsHiddenProperty() {
        return timestampsHidden;
    }

    public ReadOnlyObjectProperty<PlaybackSettings> settingsProperty() {
        return settings;
    }
}
