package org.newsdesk.ui.proof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.Proofreader;
import org.newsdesk.proof.ScriptGuess;
import org.newsdesk.proof.WordingList;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The newsroom's wording list (规范表述 / 禁用词) as the dialog edits it: read from and saved to
 * {@code <data folder>/proofreading/wording.txt} in the background, every bad line named as
 * typed, and a sample proofread with the edited list before it is saved.
 */
public final class WordingViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Path dataFolder;
    private final Runnable saved;

    /** @param saved called after a save (the open story is checked again with the new list) */
    public WordingViewModel(BackgroundTasks tasks, Messages messages, Path dataFolder, Runnable saved) {
        this.tasks = tasks;
        this.messages = messages;
        this.dataFolder = dataFolder;
        this.saved = saved;
    }

    /** The list as it is in the data folder (empty when there is none yet). */
    public void load(Consumer<String> show, Consumer<String> failed) {
        if (dataFolder == null) {
            show.accept("");
            return;
        }
        tasks.run(() -> WordingList.readNewsroomText(dataFolder), show,
                e -> failed.accept(messages.get("proof.wording.readFailed", String.valueOf(e.getMessage()))));
    }

    /** Each bad line of {@code text}, in the user's language (empty: the list is valid). */
    public List<String> problems(String text) {
        List<String> out = new ArrayList<>();
        for (WordingList.BadLine bad : WordingList.problems(text)) {
            String line = text.split("\n", -1)[bad.line() - 1].replace("\r", "").replace('\t', '→');
            out.add(messages.get("proof.wording.badLine", bad.line(), line));
        }
        return out;
    }

    /** Proofreads {@code sample} with the list being edited; one line per finding, or a line saying none. */
    public void tryOut(String text, String sample, Consumer<String> show) {
        tasks.run(() -> {
            Proofreader reader = Proofreader.withWording(WordingList.withNewsroomText(text));
            boolean traditional = new ScriptGuess().add(sample).traditional();
            List<Finding> found = reader.checkText(sample, traditional);
            if (found.isEmpty()) {
                return messages.get("proof.cli.none");
            }
            StringBuilder out = new StringBuilder();
            for (Finding f : found) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(ProofText.category(f, messages)).append(" · ").append(ProofText.message(f, messages));
            }
            return out.toString();
        }, show, e -> show.accept(messages.get("notice.error", String.valueOf(e.getMessage()))));
    }

    public void save(String text, Runnable done, Consumer<String> failed) {
        if (dataFolder == null) {
            failed.accept(messages.get("proof.wording.saveFailed", "-"));
            return;
        }
        tasks.run(() -> {
            WordingList.saveNewsroomText(dataFolder, text);
            return text;
        }, x -> {
            saved.run();
            done.run();
        }, e -> failed.accept(messages.get("proof.wording.saveFailed", String.valueOf(e.getMessage()))));
    }
}
