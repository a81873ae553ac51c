package org.newsdesk.ui.media;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.media.MediaView;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import org.newsdesk.i18n.Messages;
import org.newsdesk.text.Timecode;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.TranscriptArea;
import org.newsdesk.ui.editor.TranscriptDocument;

/**
 * The recording above the transcript: play, position, seek bar, speed, volume, the file
 * (typed or chosen) and what is wrong with it. The transcription keys work while the
 * transcript has the focus: {@link #handleKey} runs before the editor sees the key.
 */
public final class MediaPane {

    /** Formats JavaFX Media plays (MP3, M4A and MP4 need libavcodec on Linux). */
    static final List<String> EXTENSIONS = List.of("*.wav", "*.aif", "*.aiff", "*.mp3", "*.m4a", "*.mp4", "*.m4v");

    private final MediaViewModel viewModel;
    private final EditorView editor;
    private final Messages messages;
    private final Map<KeyStroke, String> commandKeys;
    private final BorderPane root = new BorderPane();
    private List<Duration> starts;

    /**
     * @param commandKeys the menus' keys with the bundle keys of their names, so the key
     *                    dialog can refuse them
     */
    public MediaPane(MediaViewModel viewModel, EditorView editor, Messages messages, Map<KeyStroke, String> commandKeys) {
        this.viewModel = viewModel;
        this.editor = editor;
        this.messages = messages;
        this.commandKeys = commandKeys;
        // with no recording linked the pane is one line (the path to link one); the transcript gets the room
        var noRecording = viewModel.stateProperty().isEqualTo(MediaViewModel.State.NONE)
                .or(viewModel.stateProperty().isEqualTo(MediaViewModel.State.NO_STORY));
        VBox controls = controls();
        HBox statusRow = statusRow();
        for (var part : List.of(controls, statusRow)) {
            part.visibleProperty().bind(noRecording.not());
            part.managedProperty().bind(part.visibleProperty());
        }
        VBox bar = new VBox(4, controls, statusRow, fileRow());
        bar.setId("mediaPane");
        bar.getStyleClass().add("media-pane");
        bar.setPadding(new Insets(6, 8, 6, 8));
        MediaView video = new MediaView();
        video.setId("mediaVideo");
        video.setFitHeight(120);
        video.setPreserveRatio(true);
        video.mediaPlayerProperty().bind(viewModel.playerProperty());
        HBox top = new HBox(8, bar, video);
        HBox.setHgrow(bar, Priority.ALWAYS);
        viewModel.playerProperty().addListener((obs, old, p) -> {
            boolean hasVideo = p != null && p.getMedia().getWidth() > 0;
            video.setVisible(hasVideo);
            video.setManaged(hasVideo);
        });
        video.setVisible(false);
        video.setManaged(false);
        root.setTop(top);
        root.setCenter(editor.root());

        TranscriptArea area = editor.area();
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clickTimestamp);
        editor.commands().setTurnClock(viewModel::positionWhilePlaying);
        area.richChanges().subscribe(c -> starts = null);
        viewModel.positionMillisProperty().addListener((obs, old, now) -> follow(now.doubleValue()));
        viewModel.followProperty().addListener((obs, old, on) -> {
            if (!on) {
                editor.showPlaying(-1);
            } else {
                follow(viewModel.positionMillisProperty().get());
            }
        });
        viewModel.timestampsHiddenProperty().addListener((obs, old, hidden) -> {
            if (hidden) {
                area.getStyleClass().add("timestamps-hidden");
            } else {
                area.getStyleClass().remove("timestamps-hidden");
            }
        });
    }

    private VBox controls() {
        Button play = button("mediaPlay", "media.play", PlaybackAction.PLAY_PAUSE);
        viewModel.playingProperty().addListener((obs, old, now) ->
                play.setText(messages.get(now ? "media.pause" : "media.play")));
        Button back = button("mediaBack", "media.back", PlaybackAction.BACK);
        Button forward = button("mediaForward", "media.forward", PlaybackAction.FORWARD);
        Label time = new Label();
        time.setId("mediaTime");
        time.setMinWidth(Region.USE_PREF_SIZE);
        Runnable showTime = () -> time.setText(
                Timecode.format(Duration.ofMillis((long) viewModel.positionMillisProperty().get())) + " / "
                        + Timecode.format(Duration.ofMillis((long) viewModel.lengthMillisProperty().get())));
        viewModel.positionMillisProperty().addListener((obs, old, now) -> showTime.run());
        viewModel.lengthMillisProperty().addListener((obs, old, now) -> showTime.run());
        showTime.run();
        Slider seek = new Slider(0, 1, 0);
        seek.setId("mediaSeek");
        seek.setAccessibleText(messages.get("media.seek"));
        seek.maxProperty().bind(viewModel.lengthMillisProperty());
        viewModel.positionMillisProperty().addListener((obs, old, now) -> {
            if (!seek.isValueChanging()) {
                seek.setValue(now.doubleValue());
            }
        });
        seek.valueChangingProperty().addListener((obs, was, changing) -> {
            if (!changing) {
                viewModel.seek(Duration.ofMillis((long) seek.getValue()));
            }
        });
        seek.setOnMouseReleased(e -> {
            viewModel.seek(Duration.ofMillis((long) seek.getValue()));
            editor.area().requestFocus();
        });
        HBox.setHgrow(seek, Priority.ALWAYS);
        Button slower = button("mediaSlower", "media.slower", PlaybackAction.SLOWER);
        Label rate = new Label();
        rate.setId("mediaRate");
        rate.setMinWidth(Region.USE_PREF_SIZE);
        rate.textProperty().bind(viewModel.rateProperty().asString(java.util.Locale.ROOT, "%.2f×"));
        Button faster = button("mediaFaster", "media.faster", PlaybackAction.FASTER);
        Slider volume = new Slider(0, 1, 1);
        volume.setId("mediaVolume");
        volume.setPrefWidth(80);
        volume.setMinWidth(Region.USE_PREF_SIZE);
        volume.setAccessibleText(messages.get("media.volume"));
        volume.setTooltip(new Tooltip(messages.get("media.volume")));
        volume.valueProperty().bindBidirectional(viewModel.volumeProperty());
        volume.setOnMouseReleased(e -> editor.area().requestFocus());
        seek.setMinWidth(60);
        // two rows, so a narrow centre column squeezes the seek bar, never the buttons or the volume
        HBox transport = new HBox(6, play, back, forward, time, seek);
        transport.setAlignment(Pos.CENTER_LEFT);
        HBox speed = new HBox(6, slower, rate, faster, volume);
        speed.setAlignment(Pos.CENTER_LEFT);
        VBox rows = new VBox(4, transport, speed);
        rows.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(MediaViewModel.State.READY));
        return rows;
    }

    private HBox statusRow() {
        Label status = new Label();
        status.setId("mediaStatus");
        status.textProperty().bind(viewModel.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        viewModel.stateProperty().addListener((obs, old, s) -> {
            status.getStyleClass().remove("find-error");
            if (s == MediaViewModel.State.PROBLEM) {
                status.getStyleClass().add("find-error");
            }
        });
        Label notice = new Label();
        notice.setId("mediaNotice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.getStyleClass().add("media-notice");
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        ToggleButton follow = toggle("mediaFollow", "media.follow");
        follow.selectedProperty().bindBidirectional(viewModel.followProperty());
        ToggleButton hide = toggle("mediaHideTimestamps", "media.hideTimestamps");
        hide.selectedProperty().bindBidirectional(viewModel.timestampsHiddenProperty());
        Button keys = compact(new Button(messages.get("media.keys")));
        keys.setId("mediaKeys");
        keys.setFocusTraversable(false);
        keys.setOnAction(e -> editKeys());
        VBox texts = new VBox(2, status, notice);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox row = new HBox(6, texts, follow, hide, keys);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox fileRow() {
        TextField path = new TextField();
        path.setId("mediaPath");
        // a prompt that fits the field at 1024×700; the whole advice is the tooltip
        path.setPromptText(messages.get("ux21.media.pathPrompt"));
        // the advice the status line gives once a recording is linked; until then the field says it
        Tooltip advice = new Tooltip();
        advice.textProperty().bind(viewModel.statusProperty());
        advice.setWrapText(true);
        advice.setMaxWidth(420);
        path.setTooltip(advice);
        path.setAccessibleHelp(messages.get("media.none"));
        viewModel.linkProperty().addListener((obs, old, l) -> path.setText(l == null ? "" : l.path()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button open = compact(new Button(messages.get("media.open")));
        open.setId("mediaOpen");
        open.setOnAction(e -> link(path.getText()));
        path.setOnAction(e -> link(path.getText()));
        open.disableProperty().bind(path.textProperty().isEmpty()
                .or(viewModel.stateProperty().isEqualTo(MediaViewModel.State.NO_STORY)));
        viewModel.stateProperty().addListener((obs, old, s) -> open.setText(messages.get(
                s == MediaViewModel.State.PROBLEM && viewModel.linkProperty().get() != null ? "media.relink" : "media.open")));
        Button browse = compact(new Button(messages.get("media.browse")));
        browse.setId("mediaBrowse");
        browse.disableProperty().bind(viewModel.stateProperty().isEqualTo(MediaViewModel.State.NO_STORY));
        browse.setOnAction(e -> browse(path));
        HBox row = new HBox(6, path, open, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void link(String typed) {
        if (!typed.isBlank()) {
            viewModel.linkFile(typed);
            editor.area().requestFocus();
        }
    }

    private void browse(TextField path) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("media.browseTitle"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("media.filter"), EXTENSIONS),
                new FileChooser.ExtensionFilter(messages.get("import.filter.any"), "*"));
        java.io.File picked = chooser.showOpenDialog(root.getScene().getWindow());
        if (picked != null) {
            path.setText(picked.getPath());
            link(picked.getPath());
        }
    }

    /** Opens the "Playback keys…" dialog and keeps what the editor chose. */
    public void editKeys() {
        PlaybackKeysDialog.edit(root.getScene().getWindow(), messages, viewModel.settingsProperty().get(), commandKeys)
                .ifPresent(viewModel::changeSettings);
        editor.area().requestFocus();
    }

    /**
     * A key in the transcript: a playback key runs its action and goes no further, also
     * without a playable recording (then it does nothing; a Ctrl+letter left to the editor
     * would be typed as a control character). Esc closes the find bar first when it is open.
     */
    void handleKey(KeyEvent e) {
        if (FxKeys.isModifierOnly(e)) {
            return;
        }
        KeyStroke stroke = FxKeys.of(e);
        var action = viewModel.settingsProperty().get().keys().actionFor(stroke);
        if (action.isEmpty()) {
            return;
        }
        if (stroke.equals(KeyStroke.of("ESCAPE")) && editor.findBarShowing()) {
            editor.findBar().hide();
            e.consume();
            return;
        }
        run(action.get());
        e.consume();
    }

    private boolean run(PlaybackAction action) {
        if (!viewModel.perform(action)) {
            return false;
        }
        if (action == PlaybackAction.TIMESTAMP) {
            editor.commands().insertTimestamp(viewModel.position());
        }
        editor.area().requestFocus();
        return true;
    }

    private void clickTimestamp(MouseEvent e) {
        if (e.isStillSincePress() && e.getTarget() instanceof Text text
                && text.getProperties().get(TranscriptArea.TIMESTAMP_TIME) instanceof Duration time) {
            viewModel.seek(time);
        }
    }

    private void follow(double millis) {
        if (!viewModel.followProperty().get() || viewModel.stateProperty().get() != MediaViewModel.State.READY) {
            return;
        }
        if (starts == null) {
            starts = TranscriptDocument.knownStarts(editor.area().getParagraphs());
        }
        editor.showPlaying(FollowIndex.paragraphAt(starts, Duration.ofMillis((long) millis)));
    }

    /** A button for a playback action; its tooltip names the action and its keys. */
    private Button button(String id, String key, PlaybackAction action) {
        Button b = compact(new Button(messages.get(key)));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setOnAction(e -> run(action));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            List<String> keys = viewModel.settingsProperty().get().keys().keysOf(action).stream().map(FxKeys::display).toList();
            return messages.get(action.nameKey()) + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")");
        }, viewModel.settingsProperty()));
        b.setTooltip(tip);
        return b;
    }

    private ToggleButton toggle(String id, String key) {
        ToggleButton t = compact(new ToggleButton(messages.get(key)));
        t.setId(id);
        t.setFocusTraversable(false);
        t.setOnAction(e -> editor.area().requestFocus());
        return t;
    }

    /** Buttons keep their whole label; the seek bar gives way instead. */
    private static <T extends javafx.scene.control.ButtonBase> T compact(T button) {
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** The transcript with the recording's pane above it. */
    public Node root() {
        return root;
    }
}
