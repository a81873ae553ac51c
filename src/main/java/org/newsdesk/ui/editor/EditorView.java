package org.newsdesk.ui.editor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.text.CharacterCount;

/**
 * The centre of the window: the transcript, with the speaker's label in a gutter at the
 * first paragraph of each turn, a thin mark on paragraphs that continue a turn, and a
 * find bar above.
 */
public final class EditorView {

    /** Paragraphs longer than this are flagged; the split command breaks them at a sentence end. */
    public static final int LONG_PARAGRAPH = 2_000;

    private final TranscriptArea area = new TranscriptArea();
    private final TranscriptModels models = new TranscriptModels();
    private final VBox root = new VBox();
    private final EditorViewModel viewModel;
    private final Messages messages;
    private final Map<String, Speaker> roster = new HashMap<>();
    private final TranscriptCommands commands;
    /** Built when Find or Replace is first asked for: hidden until then, it need not cost the start. */
    private FindBar findBar;
    private boolean loading;
    private int paragraphCount = 1;
    private int playingParagraph = -1;

    public EditorView(EditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.commands = new TranscriptCommands(area, viewModel::roster);
        area.setId("transcript");
        area.setAccessibleText(messages.get("editor.accessible"));
        area.setParagraphGraphicFactory(gutter());
        area.setDisable(true);
        VirtualizedScrollPane<TranscriptArea> scroll = new VirtualizedScrollPane<>(area);
        scroll.setId("transcriptScroll");
        // typing lays out the transcript alone, not every pane around it (see LayoutBoundary)
        LayoutBoundary boundary = new LayoutBoundary(scroll);
        StackPane centre = new StackPane(boundary, noStoryHint());
        VBox.setVgrow(centre, Priority.ALWAYS);
        root.getChildren().add(centre);

        viewModel.setTranscriptSource(() -> {
            // the area's document is an immutable tree replaced at each edit: holding on to it is the whole snapshot
            var document = area.getContent().snapshot();
            return () -> models.toModel(document.getParagraphs());
        });
        area.setPasteHandler(this::pasteTranscript);
        area.editableProperty().bind(viewModel.readOnlyProperty().not());
        area.caretPositionProperty().addListener((obs, old, pos) -> viewModel.caretProperty().set(pos));
        area.multiRichChanges().subscribe(changes -> afterEdit());
        area.selectedTextProperty().addListener((obs, old, text) ->
                viewModel.selectionCountProperty().set(text.isEmpty() ? 0 : CharacterCount.of(text)));
        viewModel.storyProperty().addListener((obs, old, story) ->
                show(story, old != null && story != null && old.id().equals(story.id())));
        holdTypingWhileLoading();
        viewModel.roster().addListener((ListChangeListener<Speaker>) c -> {
            roster.clear();
            viewModel.roster().forEach(s -> roster.put(s.key(), s));
            commands.refreshAllGutters();
        });
    }

    /**
     * With no story open (and none on its way) the empty transcript says how to open or create
     * one, with the keys; it takes no clicks.
     */
    private Label noStoryHint() {
        Label hint = new Label(messages.get("ux24.editor.noStory"));
        hint.setId("transcriptPlaceholder");
        hint.getStyleClass().add("transcript-placeholder");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        hint.setMouseTransparent(true);
        hint.visibleProperty().bind(viewModel.storyProperty().isNull().and(viewModel.loadingProperty().not()));
        return hint;
    }

    /**
     * Between asking for another story and seeing it, typed characters (and Enter) are held and
     * put into the new story once it is shown, never into the one still on screen; other keys
     * that would change the old story (Backspace, Delete) are dropped meanwhile.
     */
    private void holdTypingWhileLoading() {
        StringBuilder held = new StringBuilder();
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            if (viewModel.loadingProperty().get()) {
                String c = e.getCharacter();
                if (!c.isEmpty() && !e.isControlDown() && !e.isMetaDown() && !e.isAltDown()
                        && (c.charAt(0) >= 0x20 && c.charAt(0) != 0x7f)) {
                    held.append(c);
                }
                e.consume();
            }
        });
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (viewModel.loadingProperty().get() && !e.isShortcutDown()) {
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    held.append('\n');
                }
                if (e.getCode() == javafx.scene.input.KeyCode.ENTER || e.getCode() == javafx.scene.input.KeyCode.BACK_SPACE
                        || e.getCode() == javafx.scene.input.KeyCode.DELETE || e.getCode() == javafx.scene.input.KeyCode.TAB) {
                    e.consume();
                }
            }
        });
        viewModel.loadingProperty().addListener((obs, was, now) -> {
            if (!now && held.length() > 0) {
                String typed = held.toString();
                held.setLength(0);
                if (viewModel.storyProperty().get() != null && !area.isDisabled()) {
                    area.insertText(area.getCaretPosition(), typed);
                }
            }
        });
    }

    private void afterEdit() {
        if (loading || area.decorating()) {
            return;
        }
        viewModel.edited();
        int count = area.getParagraphs().size();
        if (count != paragraphCount) {
            // joining or splitting paragraphs can move a turn start
            paragraphCount = count;
            commands.refreshAllGutters();
        } else if (area.getParagraphLength(area.getCurrentParagraph()) > LONG_PARAGRAPH - 50) {
            commands.refreshGutter(area.getCurrentParagraph(), area.getCurrentParagraph());
        }
    }

    /**
     * Shows {@code story}; shown again (a colleague's changes merged in) the view keeps the
     * paragraph at its top instead of jumping to the caret, and Ctrl+Z still undoes the
     * editor's own typing (the colleague's changes are not undo steps).
     */
    private void show(Story story, boolean again) {
        int top = again ? topParagraph() : -1;
        loading = true;
        try {
            if (story == null) {
                area.clear();
                area.setDisable(true);
                return;
            }
            if (again) {
                area.showMerged(TranscriptDocument.toDocument(story.paragraphs())); // own undo steps kept where it can
            } else {
                area.replace(0, area.getLength(), TranscriptDocument.toDocument(story.paragraphs()));
                area.getUndoManager().forgetHistory();
            }
            paragraphCount = area.getParagraphs().size();
            commands.refreshAllGutters();
            area.setDisable(false);
            area.moveTo(Math.min(viewModel.caretToRestore(), area.getLength()));
            if (top >= 0) {
                area.showParagraphAtTop(Math.min(top, paragraphCount - 1));
            } else {
                area.requestFollowCaret();
            }
            if (!again) {
                area.requestFocus(); // a merge leaves the focus where the editor is typing
            }
        } finally {
            loading = false;
        }
    }

    /** The paragraph at the top of the view, or -1 when none is laid out yet. */
    private int topParagraph() {
        try {
            return area.getVisibleParagraphs().isEmpty() ? -1 : area.firstVisibleParToAllParIndex();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** The gutter: a label chip at each turn start; the label always comes from the roster. */
    private IntFunction<Node> gutter() {
        return line -> {
            SpeakerChip chip = new SpeakerChip();
            var paragraphs = area.getParagraphs();
            if (line >= paragraphs.size()) {
                return chip;
            }
            String key = paragraphs.get(line).getParagraphStyle().speakerKey();
            Speaker speaker = key == null ? null : roster.get(key);
            if (key == null) {
                chip.show("", "speaker-none");
            } else if (TranscriptCommands.isTurnStart(paragraphs, line)) {
                chip.show(speaker == null ? "?" : speaker.label(), speaker == null ? "speaker-unknown"
                        : "speaker-" + speaker.role().name().toLowerCase(Locale.ROOT));
            } else {
                chip.show("┆", "speaker-continued");
            }
            if (line == playingParagraph) {
                chip.mark("paragraph-playing");
            }
            if (paragraphs.get(line).length() > LONG_PARAGRAPH) {
                chip.mark("paragraph-too-long");
                Tooltip.install(chip, new Tooltip(messages.get("editor.tooLong", LONG_PARAGRAPH)));
            }
            return chip;
        };
    }

    private void pasteTranscript() {
        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
        if (text == null || area.isDisabled()) {
            return;
        }
        viewModel.paste(text, result -> {
            if (result instanceof EditorViewModel.PasteResult.Paragraphs p) {
                commands.insertParagraphs(p.paragraphs());
            } else if (result instanceof EditorViewModel.PasteResult.PlainText t) {
                area.replaceSelection(t.text());
            } else if (result instanceof EditorViewModel.PasteResult.TooLarge big) {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.INFORMATION,
                        messages.get("editor.pasteTooLarge", big.length(), EditorViewModel.MAX_PASTE_CHARS));
                alert.setHeaderText(null);
                alert.initOwner(area.getScene().getWindow());
                alert.show();
            }
        });
    }

    /** Applies the editor's font, size and line spacing at once, to every paragraph. */
    public void setTypography(EditorTypography typography) {
        Text probe = new Text("中文 Ag");
        probe.setFont(Font.font(typography.family(), typography.size()));
        String sheet = typography.stylesheet(probe.getLayoutBounds().getHeight());
        area.getStylesheets().setAll(sheet);
    }

    /** Marks the paragraph being heard (follow mode); -1 marks none. */
    public void showPlaying(int paragraph) {
        if (paragraph == playingParagraph) {
            return;
        }
        int old = playingParagraph;
        playingParagraph = paragraph;
        int count = area.getParagraphs().size();
        for (int line : new int[] {old, paragraph}) {
            if (line >= 0 && line < count) {
                area.recreateParagraphGraphic(line);
            }
        }
        if (paragraph >= 0 && paragraph < count) {
            area.showParagraphInViewport(paragraph);
        }
    }

    /** The paragraph being heard, -1 for none. */
    public int playingParagraph() {
        return playingParagraph;
    }

    /** How many paragraphs a speaker has (to ask before removing them from the roster). */
    public int paragraphsOf(String key) {
        int n = 0;
        for (var p : area.getParagraphs()) {
            if (key.equals(p.getParagraphStyle().speakerKey())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Shows a place in the transcript (a readiness failure's link): selects {@code length}
     * characters from {@code offset} in paragraph {@code index}, or puts the caret at the
     * paragraph's start when {@code length} is 0, and scrolls it into view.
     */
    public void reveal(int index, int offset, int length) {
        if (area.getParagraphs().isEmpty()) {
            return;
        }
        int paragraph = Math.max(0, Math.min(index, area.getParagraphs().size() - 1));
        int size = area.getParagraphLength(paragraph);
        int from = Math.max(0, Math.min(offset, size));
        int to = Math.min(size, from + Math.max(0, length));
        area.selectRange(paragraph, from, paragraph, to);
        area.requestFollowCaret();
        area.showParagraphAtTop(Math.max(0, paragraph - 2));
        area.requestFocus();
    }

    public Node root() {
        return root;
    }

    public TranscriptArea area() {
        return area;
    }

    public TranscriptCommands commands() {
        return commands;
    }

    /** The find bar above the transcript, built on first use. */
    public FindBar findBar() {
        if (findBar == null) {
            findBar = new FindBar(area, messages, viewModel.tasks());
            root.getChildren().add(0, findBar.root());
        }
        return findBar;
    }

    /** True while the find bar is shown (false when it was never asked for). */
    public boolean findBarShowing() {
        return findBar != null && findBar.root().isVisible();
    }

    /** Format → Fix all conversion errors: one undo step; how many were fixed. */
    public int fixConversionErrors() {
        if (conversionFix == null) {
            conversionFix = new ConversionFixCommand(area, org.newsdesk.proof.Proofreader.shipped());
        }
        return conversionFix.fixAll();
    }

    private ConversionFixCommand conversionFix;
}
