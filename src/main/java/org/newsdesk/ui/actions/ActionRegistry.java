package org.newsdesk.ui.actions;

import static org.newsdesk.ui.actions.EnabledWhen.ALWAYS;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_APPROVE;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_PUBLISH;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_REDO;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_SEND_BACK;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_SUBMIT;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_UNDO;
import static org.newsdesk.ui.actions.EnabledWhen.CAN_WITHDRAW;
import static org.newsdesk.ui.actions.EnabledWhen.SELECTION;
import static org.newsdesk.ui.actions.EnabledWhen.STORY_EDITABLE;
import static org.newsdesk.ui.actions.EnabledWhen.STORY_OPEN;
import static org.newsdesk.ui.actions.EnabledWhen.TEXT_EDITABLE;
import static org.newsdesk.ui.actions.EnabledWhen.TEXT_FOCUSED;
import static org.newsdesk.ui.actions.EnabledWhen.TEXT_SELECTION;
import static org.newsdesk.ui.actions.EnabledWhen.TEXT_SELECTION_EDITABLE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.newsdesk.ui.media.FxKeys;
import org.newsdesk.ui.media.KeyStroke;

/**
 * Every command of the main window, in menu order, declared once. Nothing else names a
 * command's key: the menus, toolbar, shortcut sheet, user guide and playback-key check read
 * it from here, and {@code ActionRegistryTest} refuses a key given twice or one that belongs
 * to the input method or the transcript.
 *
 * <p>No key moves a story to Published or sends anything: Publish… (Ctrl+Shift+P) only opens
 * the dialog whose confirm button does, and Withdraw… has no key at all.
 */
public final class ActionRegistry {

    /** The toolbar's commands in order; {@code |} is a separator. */
    public static final List<String> TOOLBAR = List.of("menuNew", "menuSaveRevision", "|", "menuImport", "menuExport",
            "menuPublish", "|", "menuUndo", "menuRedo", "menuFind");

    /**
     * The transcript's right-click menu in order; {@code |} is a separator. Clipboard commands
     * first, then the transcript commands that act on the selection.
     */
    public static final List<String> TRANSCRIPT_CONTEXT_MENU = List.of("menuCut", "menuCopy", "menuPaste",
            "menuPastePlain", "menuSelectAll", "|", "menuBold", "menuItalic", "menuUncertain", "menuNote", "|",
            "menuNarration", "menuNewTurn", "menuSplitLong");

    private static final List<ActionSpec> ALL = build();

    private ActionRegistry() {
    }

    /** Every command, in menu order. */
    public static List<ActionSpec> all() {
        return ALL;
    }

    /** The commands grouped by the bundle key of their menu, menus in order. */
    public static Map<String, List<ActionSpec>> byMenu() {
        Map<String, List<ActionSpec>> menus = new LinkedHashMap<>();
        for (ActionSpec a : ALL) {
            menus.computeIfAbsent(a.menuKey(), k -> new ArrayList<>()).add(a);
        }
        return menus;
    }

    public static Optional<ActionSpec> find(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /**
     * What is wrong with the keys of {@code actions}: a key given to two commands, or one of
     * {@code taken} (input method, transcript, playback keys). Empty when all is well.
     */
    public static List<String> keyClashes(List<ActionSpec> actions, Map<KeyStroke, String> taken) {
        List<String> problems = new ArrayList<>();
        Map<KeyStroke, String> seen = new LinkedHashMap<>();
        for (ActionSpec a : actions) {
            if (a.accelerator() == null) {
                continue;
            }
            KeyStroke key = FxKeys.of(a.accelerator());
            if (key == null) {
                problems.add(a.id() + ": " + a.accelerator() + " is not a single key");
                continue;
            }
            String before = seen.putIfAbsent(key, a.id());
            if (before != null) {
                problems.add(a.id() + ": " + key + " is already " + before + "'s key");
            }
            if (taken.containsKey(key)) {
                problems.add(a.id() + ": " + key + " is taken by " + taken.get(key));
            }
        }
        return problems;
    }

    private static List<ActionSpec> build() {
        List<ActionSpec> list = new ArrayList<>();
        String file = "menu.file";
        add(list, "menuNew", file, "menu.file.new", Feather.FILE_PLUS, "Shortcut+N", ALWAYS);
        add(list, "menuSaveRevision", file, "menu.file.saveRevision", Feather.SAVE, "Shortcut+S", STORY_OPEN);
        add(list, "menuImport", file, "menu.file.import", Feather.DOWNLOAD, "Shortcut+Shift+I", ALWAYS);
        add(list, "menuImportAddress", file, "menu.file.importAddress", Feather.GLOBE, null, ALWAYS);
        add(list, "menuExport", file, "menu.file.export", Feather.SHARE, "Shortcut+E", STORY_OPEN);
        add(list, "menuPrint", file, "menu.file.print", Feather.PRINTER, "Shortcut+P", STORY_OPEN);
        add(list, "menuImportReview", file, "menu.file.importReview", null, null, STORY_EDITABLE);
        add(list, "menuOverrides", file, "menu.file.overrides", null, null, ALWAYS);
        add(list, "menuRevisions", file, "menu.file.revisions", Feather.CLOCK, null, STORY_OPEN);
        add(list, "menuRename", file, "menu.file.rename", null, "Shift+F2", STORY_EDITABLE);
        add(list, "menuTrash", file, "menu.file.moveToTrash", Feather.TRASH_2, null, STORY_OPEN);
        add(list, "menuShowTrash", file, "menu.file.showTrash", null, null, ALWAYS);
        add(list, "menuQuit", file, "menu.file.quit", null, "Shortcut+Q", ALWAYS);
        String edit = "menu.edit";
        add(list, "menuUndo", edit, "menu.edit.undo", Feather.ROTATE_CCW, "Shortcut+Z", CAN_UNDO);
        add(list, "menuRedo", edit, "menu.edit.redo", Feather.ROTATE_CW, "Shortcut+Y", CAN_REDO);
        add(list, "menuCut", edit, "menu.edit.cut", Feather.SCISSORS, "Shortcut+X", TEXT_SELECTION_EDITABLE);
        add(list, "menuCopy", edit, "menu.edit.copy", Feather.COPY, "Shortcut+C", TEXT_SELECTION);
        add(list, "menuPaste", edit, "menu.edit.paste", Feather.CLIPBOARD, "Shortcut+V", TEXT_EDITABLE);
        add(list, "menuPastePlain", edit, "menu.edit.pastePlain", null, "Shortcut+Shift+V", STORY_EDITABLE);
        add(list, "menuSelectAll", edit, "menu.edit.selectAll", null, "Shortcut+A", TEXT_FOCUSED);
        add(list, "menuFind", edit, "menu.edit.find", Feather.SEARCH, "Shortcut+F", STORY_OPEN);
        add(list, "menuReplace", edit, "menu.edit.replace", Feather.REPEAT, "Shortcut+H", STORY_EDITABLE);
        add(list, "menuPreferences", edit, "menu.edit.preferences", Feather.SETTINGS, "Shortcut+Comma", ALWAYS);
        String speaker = "menu.speaker";
        for (int i = 1; i <= 9; i++) {
            add(list, "menuSpeaker" + i, speaker, "menu.speaker." + i, null, "Shortcut+" + i, STORY_EDITABLE);
        }
        add(list, "menuNarration", speaker, "menu.speaker.narration", null, "Shortcut+0", STORY_EDITABLE);
        add(list, "menuNewTurn", speaker, "menu.speaker.newTurn", null, "Shortcut+Enter", STORY_EDITABLE);
        String format = "menu.format";
        add(list, "menuBold", format, "menu.format.bold", null, "Shortcut+B", SELECTION);
        add(list, "menuItalic", format, "menu.format.italic", null, "Shortcut+I", SELECTION);
        // not Ctrl+Shift+U: that is IBus's and fcitx's Unicode entry on Linux
        add(list, "menuUncertain", format, "menu.format.uncertain", null, "Shortcut+Shift+K", STORY_EDITABLE);
        add(list, "menuNote", format, "menu.format.note", null, "Shortcut+Shift+M", STORY_EDITABLE);
        add(list, "menuSplitLong", format, "menu.format.splitLong", null, "Shortcut+Shift+L", STORY_EDITABLE);
        add(list, "menuFixConversion", format, "proof.fixAll", null, null, STORY_EDITABLE);
        // the panel starts folded under the transcript: this opens (and folds) it
        add(list, "menuProofreading", format, "menu.format.proofreading", null, "F8", STORY_OPEN);
        String story = "menu.story";
        add(list, "menuStatusReady", story, "menu.story.ready", null, "Shortcut+Shift+R", CAN_SUBMIT);
        add(list, "menuStatusApproved", story, "menu.story.approve", null, "Shortcut+Shift+A", CAN_APPROVE);
        add(list, "menuStatusDraft", story, "menu.story.draft", null, "Shortcut+Shift+D", CAN_SEND_BACK);
        add(list, "menuCheckReadiness", story, "menu.story.check", null, "F7", STORY_OPEN);
        add(list, "menuSearchLibrary", story, "menu.story.search", null, "Shortcut+Shift+F", ALWAYS);
        add(list, "menuNameDirectory", story, "menu.story.names", null, "Shortcut+Shift+N", ALWAYS);
        add(list, "menuChangesSincePublish", story, "menu.story.changesSincePublish", Feather.GIT_PULL_REQUEST, null,
                STORY_OPEN);
        add(list, "menuRebuildIndex", story, "menu.story.rebuildIndex", null, null, ALWAYS);
        add(list, "menuHandOver", story, "newsroom.menu.handOver", Feather.USER_CHECK, null, EnabledWhen.NEWSROOM_STORY);
        String publish = "sync.menu";
        // opens the Publish… dialog; only its confirm button publishes
        add(list, "menuPublish", publish, "sync.menu.publish", Feather.SEND, "Shortcut+Shift+P", CAN_PUBLISH);
        add(list, "menuWithdraw", publish, "publish.menu.withdraw", null, null, CAN_WITHDRAW);
        add(list, "menuOutbox", publish, "sync.menu.outbox", null, "Shortcut+Shift+O", ALWAYS);
        add(list, "menuTargets", publish, "sync.menu.targets", null, null, ALWAYS);
        String media = "media.menu";
        add(list, "menuPlaybackKeys", media, "media.menu.keys", null, null, ALWAYS);
        add(list, "menuFollow", media, "media.follow", null, null, ALWAYS);
        add(list, "menuHideTimestamps", media, "media.hideTimestamps", null, null, ALWAYS);
        String help = "menu.help";
        add(list, "menuShortcuts", help, "menu.help.shortcuts", Feather.COMMAND, "Shortcut+Slash", ALWAYS);
        add(list, "menuGuide", help, "menu.help.guide", Feather.BOOK_OPEN, null, ALWAYS);
        add(list, "menuAbout", help, "menu.help.about", Feather.INFO, null, ALWAYS);
        return List.copyOf(list);
    }

    private static void add(List<ActionSpec> list, String id, String menu, String text, Ikon icon, String key,
                            EnabledWhen when) {
        list.add(new ActionSpec(id, menu, text, icon, key, when));
    }
}
