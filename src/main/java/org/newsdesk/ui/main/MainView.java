package org.newsdesk.ui.main;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Status;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.ui.actions.ActionRegistry;
import org.newsdesk.ui.actions.ReservedKeys;
import org.newsdesk.ui.credentials.CredentialUnlock;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.RosterView;
import org.newsdesk.ui.library.LibraryView;
import org.newsdesk.ui.media.FxKeys;
import org.newsdesk.ui.media.KeyStroke;
import org.newsdesk.ui.media.MediaPane;
import org.newsdesk.ui.metadata.MetadataView;
import org.newsdesk.ui.metadata.NameDirectoryDialog;
import org.newsdesk.ui.preview.OverridesDialog;
import org.newsdesk.ui.preview.PreviewView;
import org.newsdesk.ui.print.PrintPreviewWindow;
import org.newsdesk.ui.proof.ProofreadingPane;
import org.newsdesk.ui.publishing.OutboxView;
import org.newsdesk.ui.publishing.TargetsDialog;
import org.newsdesk.workflow.readiness.ReadinessTarget;

/** The main window: menus, library | transcript | metadata, and the status bar. */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final MainViewModel viewModel;
    private final Messages messages;
    private final EditorView editor;
    private final ShellCommands shell;
    private final SplitPane split;
    private final MediaPane mediaPane;
    /** Built after the first frame ({@link LaterColumns}): null until then. */
    private LibraryView library;
    /** Built after the first frame, before the library ({@link LaterColumns}): null until then. */
    private MetadataView metadata;
    private final StatusMoves statusMoves;
    private final ImportCommands imports;
    private final CompareCommands compare;
    private final ReviewCommands reviews;
    private final OpenedFiles opened;
    private ActionConditions conditions;
    private TextFocus textFocus;
    private Tab transcriptTab;
    private TabPane centre;
    private ProofreadingPane proofreading;
    private final LaterColumns laterColumns = new LaterColumns();

    public MainView(MainViewModel viewModel, Messages messages, ShellCommands shell) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.shell = shell;
        statusMoves = new StatusMoves(viewModel, messages, this::window, this::editTargets);
        imports = new ImportCommands(viewModel, messages, this::window);
        editor = new EditorView(viewModel.editor(), messages);
        compare = new CompareCommands(viewModel, editor, messages, this::window);
        statusMoves.showChangesWith(compare::showReadOnly);
        reviews = new ReviewCommands(viewModel, editor, messages, this::window);
        opened = new OpenedFiles(viewModel, messages, this::window, imports::importPath, this::importReview);
        SignOffGuard signOffGuard = new SignOffGuard(viewModel, messages, this::window);
        signOffGuard.guardTranscript(editor.area());
        // a released scheduled publish makes its story Published: the library and the open story show it
        viewModel.sync().onScheduledRelease(() -> {
            viewModel.refreshLibrary();
            viewModel.workflow().reloadStatus();
        });
        viewModel.openStoryProperty().addListener((obs, old, id) -> {
            if (id != null && library != null) {
                library.select(id);
            }
        });
        PreviewView preview = new PreviewView(viewModel.preview(), messages);
        textFocus = new TextFocus(root);
        conditions = new ActionConditions(viewModel, editor, textFocus);
        mediaPane = new MediaPane(viewModel.media(), editor, messages, commandKeys());
        proofreading = new ProofreadingPane(viewModel.proofreading(), editor, messages);
        SplitPane transcriptAndProof = proofreading.withTranscript(mediaPane.root());
        VBox withBanners = new VBox(new NewsroomBanners(viewModel.newsroom(), messages, this::window).root(), transcriptAndProof);
        VBox.setVgrow(transcriptAndProof, javafx.scene.layout.Priority.ALWAYS);
        transcriptTab = new Tab(messages.get("tab.transcript"),
                FirstStepsCard.above(withBanners, viewModel.firstSteps(), messages, editor.area()::requestFocus));
        transcriptTab.setId("transcriptTab");
        Tab previewTab = new Tab(messages.get("tab.preview"), preview.root());
        previewTab.setId("previewTab");
        centre = new TabPane(transcriptTab, previewTab);
        centre.setId("centreTabs");
        centre.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewModel.preview().activeProperty().bind(previewTab.selectedProperty());
        // the first frame styles and lays out the transcript, menus and status bar; library and metadata follow
        Node metadataColumn = laterColumns.holder(() -> metadataColumn(signOffGuard)); // the library's table last
        split = new SplitPane(laterColumns.holder(this::libraryColumn), centre, metadataColumn);
        laterColumns.fillAfterFirstLayout(root);
        split.setDividerPositions(0.3, 0.72);
        root.setId("mainWindow");
        Map<String, List<MenuAction>> actions = actions();
        MenuAction preferences = actions.get("menu.edit").stream().filter(a -> a.id().equals("menuPreferences"))
                .findFirst().orElseThrow();
        CommandMenus commandMenus = new CommandMenus(messages, conditions);
        editor.area().setContextMenu(commandMenus.transcriptMenu(actions));
        javafx.scene.control.MenuBar menuBar = commandMenus.menuBar(actions);
        commandMenus.addRecentStories(menuBar, viewModel.recentStories(), viewModel::open);
        viewModel.library().useRecent(viewModel.recentStories()::ids, viewModel.recentStories().stories());
        root.setTop(new VBox(menuBar, new MainToolbar(actions, messages, centre, previewTab, preferences,
                conditions).root()));
        root.setCenter(split);
        FileDrop.install(root, this::importPaths);
        root.setBottom(new StatusBar(viewModel, messages, this::editTargets).root());
    }

    /** The speakers and the metadata panes, built after the first frame. */
    private Node metadataColumn(SignOffGuard signOffGuard) {
        metadata = new MetadataView(viewModel.metadata(), viewModel.workflow(), messages, statusMoves::moveTo,
                viewModel::checkReadiness, this::showInTranscript, viewModel::open);
        signOffGuard.guardMetadataPane(metadata.root());
        proofreading.markMetadataFields(metadata::textControl);
        RosterView roster = new RosterView(viewModel.editor(), messages, editor.commands()::reassignSpeaker, editor::paragraphsOf);
        VBox right = new VBox(roster.root(), metadata.root());
        VBox.setVgrow(metadata.root(), javafx.scene.layout.Priority.ALWAYS);
        return right;
    }

    /** The library, built after the first frame (last: the window is then whole). */
    private Node libraryColumn() {
        library = new LibraryView(viewModel.library(), messages, viewModel.sync().storyDeliveries(), viewModel::open);
        selectOpenStory();
        // after the table's own listener (made with the view): a reload moves the table's selection first
        viewModel.library().entries().addListener((ListChangeListener<LibraryEntry>) c -> selectOpenStory());
        return library.root();
    }

    private void selectOpenStory() {
        if (library != null && viewModel.openStoryProperty().get() != null) {
            library.select(viewModel.openStoryProperty().get());
        }
    }

    private void showOutbox() {
        viewModel.sync().refresh();
        new OutboxView(viewModel.sync(), messages, window()).show();
    }

    /** Opens the playback key map (from the menu or Preferences). */
    public void editPlaybackKeys() {
        mediaPane.editKeys();
    }

    /** Opens the delivery targets (from the menu or Preferences). */
    public void editTargets() {
        viewModel.sync().refresh();
        new CredentialUnlock(window(), viewModel.tasks(), messages).thenKeepSecrets(viewModel.sync().credentials(),
                () -> TargetsDialog.show(window(), viewModel.sync(), messages, viewModel.sync().credentialKind()));
    }

    /** What each command of the registry does in this window. */
    private Map<String, Runnable> handlers() {
        Map<String, Runnable> h = new HashMap<>();
        h.put("menuNew", viewModel::newStory);
        h.put("menuSaveRevision", viewModel::saveRevision);
        h.put("menuImport", imports::importFile);
        h.put("menuImportAddress", imports::importAddress);
        h.put("menuExport", this::exportStory);
        h.put("menuPrint", () -> PrintPreviewWindow.open(viewModel.preview().printing(), messages, window()));
        h.put("menuImportReview", reviews::show);
        h.put("menuOverrides", this::editOverrides);
        h.put("menuRevisions", compare::show);
        h.put("menuRename", this::rename);
        h.put("menuTrash", this::confirmTrash);
        h.put("menuShowTrash", () -> TrashList.show(viewModel, messages, window()));
        h.put("menuQuit", () -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        h.put("menuUndo", () -> editor.area().undo());
        h.put("menuRedo", () -> editor.area().redo());
        h.put("menuCut", () -> textFocus.cut());
        h.put("menuCopy", () -> textFocus.copy());
        h.put("menuPaste", () -> textFocus.paste());
        h.put("menuSelectAll", () -> textFocus.selectAll());
        h.put("menuFind", () -> editor.findBar().showFind());
        h.put("menuReplace", () -> editor.findBar().showReplace());
        h.put("menuPastePlain", this::pastePlain);
        h.put("menuPreferences", shell.preferences());
        for (int i = 1; i <= 9; i++) {
            int position = i;
            h.put("menuSpeaker" + i, () -> editor.commands().assignSpeaker(position));
        }
        h.put("menuNarration", () -> editor.commands().assignSpeaker(0));
        h.put("menuNewTurn", () -> editor.commands().newTurnOfOtherParty());
        h.put("menuBold", () -> editor.commands().toggle(SpanStyle.BOLD));
        h.put("menuItalic", () -> editor.commands().toggle(SpanStyle.ITALIC));
        h.put("menuUncertain", () -> editor.commands().mark(SpanStyle.UNCERTAIN, messages.get("editor.inaudibleToken")));
        h.put("menuNote", () -> editor.commands().mark(SpanStyle.NOTE, messages.get("editor.noteToken")));
        h.put("menuSplitLong", () -> editor.commands().splitLongParagraphs(EditorView.LONG_PARAGRAPH));
        h.put("menuFixConversion", editor::fixConversionErrors);
        h.put("menuProofreading", () -> proofreading.toggle());
        h.put("menuStatusReady", () -> statusMoves.moveTo(Status.READY));
        h.put("menuStatusApproved", () -> statusMoves.moveTo(Status.APPROVED));
        h.put("menuStatusDraft", () -> statusMoves.moveTo(Status.DRAFT));
        h.put("menuCheckReadiness", this::checkReadiness);
        h.put("menuSearchLibrary", () -> {
            if (library != null) {
                library.focusSearch();
            }
        });
        h.put("menuNameDirectory", this::showNameDirectory);
        h.put("menuRebuildIndex", viewModel::rebuildSearchIndex);
        h.put("menuHandOver", () -> HandOverDialog.show(window(), messages, viewModel));
        h.put("menuChangesSincePublish", compare::show);
        h.put("menuPublish", statusMoves::publish);
        h.put("menuWithdraw", statusMoves::withdraw);
        h.put("menuOutbox", this::showOutbox);
        h.put("menuTargets", this::editTargets);
        h.put("menuPlaybackKeys", this::editPlaybackKeys);
        h.put("menuFollow", () -> viewModel.media().followProperty().set(!viewModel.media().followProperty().get()));
        h.put("menuHideTimestamps", () -> viewModel.media().timestampsHiddenProperty().set(
                !viewModel.media().timestampsHiddenProperty().get()));
        h.put("menuShortcuts", this::showShortcuts);
        h.put("menuGuide", shell.userGuide());
        h.put("menuAbout", shell.about());
        return h;
    }

    /** Every command of the registry with its handler, grouped by menu, in menu order. */
    private Map<String, List<MenuAction>> actions() {
        Map<String, Runnable> handlers = handlers();
        Map<String, List<MenuAction>> menus = new LinkedHashMap<>();
        ActionRegistry.byMenu().forEach((menu, specs) -> menus.put(menu, specs.stream().map(spec -> {
            Runnable action = handlers.get(spec.id());
            if (action == null) {
                throw new IllegalStateException("No handler for the command " + spec.id());
            }
            // a disabled command's key does nothing either (the menu item is bound to the same condition)
            ObservableBooleanValue enabled = conditions.of(spec.enabledWhen());
            return new MenuAction(spec, () -> {
                if (enabled.get()) {
                    action.run();
                }
            });
        }).toList()));
        return menus;
    }

    /** The menus' keys and the input method's, which playback keys may not take. */
    private Map<KeyStroke, String> commandKeys() {
        Map<KeyStroke, String> keys = new HashMap<>(ReservedKeys.INPUT_METHOD);
        ActionRegistry.all().stream().filter(a -> a.accelerator() != null)
                .forEach(a -> keys.put(FxKeys.of(a.accelerator()), a.textKey()));
        return keys;
    }

    /**
     * Takes each file one after another: a review copy of a story in this library is offered to the
     * review pane, any other file shown in the import preview (a story is created only on confirm).
     */
    public void importPaths(List<java.nio.file.Path> files) {
        opened.open(files);
    }

    /** The review pane of a document the guest's office sent back, read against the open story. */
    public void importReview(java.nio.file.Path file) {
        reviews.open(file.toFile());
    }

    private void exportStory() {
        var story = viewModel.currentStory();
        if (story == null) {
            return;
        }
        String warning = StoryExporter.unfinished(story)
                .map(s -> messages.get("export.unfinished", messages.get("status." + s.name().toLowerCase(Locale.ROOT))))
                .orElse(null);
        viewModel.exportFolder(folder -> new ExportDialog(window(), messages, folder, warning,
                viewModel.preferences().labelStyle()).showAndWait()
                .ifPresent(viewModel.revisions()::export));
    }

    private void editOverrides() {
        if (viewModel.readyProperty().get()) {
            new OverridesDialog(window(), viewModel.overrides(), messages).show();
        }
    }

    private void checkReadiness() {
        if (metadata != null) {
            metadata.showChecklist();
        }
        viewModel.checkReadiness();
    }

    /** A readiness failure in the transcript: show the transcript tab and select the place. */
    private void showInTranscript(ReadinessTarget.InParagraph target) {
        transcriptTab.getTabPane().getSelectionModel().select(transcriptTab);
        editor.reveal(target.index(), target.offset(), target.length());
    }

    private void showNameDirectory() {
        var names = viewModel.nameDirectory();
        if (names != null) {
            NameDirectoryDialog.show(window(), names, messages);
        }
    }

    private void showShortcuts() {
        ShortcutSheet.show(window(), messages, actions(), viewModel.media().settingsProperty().get().keys());
    }

    private void pastePlain() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text != null && !editor.area().isDisabled()) {
            editor.area().replaceSelection(text);
        }
    }

    private void rename() {
        if (viewModel.openStoryProperty().get() == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(viewModel.metadata().headlineProperty().get());
        dialog.initOwner(window());
        dialog.setTitle(messages.get("dialog.rename.title"));
        dialog.setHeaderText(messages.get("dialog.rename.header"));
        dialog.getEditor().setId("renameField");
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(viewModel::rename);
    }

    private void confirmTrash() {
        if (viewModel.openStoryProperty().get() == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("dialog.trash.body"),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(messages.get("dialog.trash.header"));
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.moveToTrash());
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    /** Runs {@code then} once the library and metadata columns, which follow the first frame, are laid out. */
    public void whenComplete(Runnable then) {
        laterColumns.whenComplete(then);
    }

    /** The library | transcript | metadata split, whose dividers the window remembers. */
    public SplitPane mainSplit() {
        return split;
    }

    /**
     * Puts the keyboard into the transcript unless the editor already chose where to type. At the
     * start the scene gives its focus to the first control that takes it, the transcript's tab
     * pane, which does nothing with typed text: keys went nowhere until a click.
     */
    public void keysToTranscriptUnlessChosen() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (owner == null || owner == centre) {
            editor.area().requestFocus();
        }
    }

    public EditorView editorView() {
        return editor;
    }
}
