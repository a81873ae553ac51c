package org.newsdesk.ui.preview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsdesk.export.script.ConversionLists;
import org.newsdesk.export.script.PhraseList;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.BackgroundTasks;

/** Reads, tries and saves the newsroom's conversion overrides; file work in the background. */
public final class OverridesViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Path dataFolder;
    private final Runnable saved;

    /** @param saved called after a save, so that previews and exports pick up the new lists */
    public OverridesViewModel(BackgroundTasks tasks, Messages messages, Path dataFolder, Runnable saved) {
        this.tasks = tasks;
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.saved = saved;
    }

    /** The newsroom's own list for {@code target} as it is on disk (empty when it has none). */
    public void load(Script target, Consumer<String> show) {
        Path file = dataFolder.resolve(ConversionLists.DATA_FOLDER_DIR)
                .resolve(target == Script.HANT ? ConversionLists.HANT_FILE : ConversionLists.HANS_FILE);
        tasks.run(() -> Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "", show,
                e -> show.accept(""));
    }

    /** Converts {@code sample} with the shipped and saved lists plus the edits not saved yet. */
    public void tryOut(Script target, PhraseList edits, String sample, Consumer<String> show) {
        tasks.run(() -> {
            ConversionLists lists = ConversionLists.forDataFolder(dataFolder);
            ConversionLists withEdits = target == Script.HANT
                    ? new ConversionLists(lists.toTraditional().overriddenBy(edits), lists.toSimplified(), lists.variants())
                    : new ConversionLists(lists.toTraditional(), lists.toSimplified().overriddenBy(edits), lists.variants());
            return new ScriptConverter(withEdits).convert(sample, target);
        }, show, e -> show.accept(messages.get("notice.error", String.valueOf(e.getMessage()))));
    }

    public void save(Script target, PhraseList list, Runnable done, Consumer<String> failed) {
        tasks.run(() -> {
            ConversionLists.saveNewsroomOverrides(dataFolder, target, list);
            return list;
        }, x -> {
            saved.run();
            done.run();
        }, e -> failed.accept(messages.get("overrides.saveFailed", String.valueOf(e.getMessage()))));
    }
}
