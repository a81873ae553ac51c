package org.newsdesk.ui.preview;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.print.Printer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import java.time.Duration;
import org.newsdesk.ui.common.UiTimer;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.ExportResult;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.export.StoryPages;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.print.PrintViewModel;

/**
 * The preview tab: the open story exported as it would be published, into a scratch
 * folder, a moment after each change — but only while the tab is showing.
 */
public final class PreviewViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<Story> currentStory;
    private final Supplier<StoryPages> pages;
    private final Supplier<Path> scratch;
    private final ObjectProperty<ScriptMode> script = new SimpleObjectProperty<>(ScriptMode.AS_IS);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<URI> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private static final Duration SETTLE = Duration.ofMillis(500);
    private final UiTimer settle;
    private int generation;

    /**
     * @param currentStory the open story as the editor shows it now (null when none)
     * @param pages        made once and shared (its dictionaries take a moment to load); the page
     *                     gets the series links the published page has
     * @param scratch      where preview bundles are written
     */
    public PreviewViewModel(BackgroundTasks tasks, Messages messages, Supplier<Story> currentStory,
                            Supplier<StoryPages> pages, Supplier<Path> scratch) {
        this.tasks = tasks;
        this.messages = messages;
        this.currentStory = currentStory;
        this.pages = pages;
        this.scratch = scratch;
        settle = tasks.timer(this::render);
        script.addListener((o, a, b) -> changed());
        active.addListener((o, a, on) -> {
            if (on) {
                render();
            }
        });
    }

    /** Something in the story changed: render again once things settle. */
    public void changed() {
        if (active.get()) {
            settle.start(SETTLE);
        }
    }

    private void render() {
        Story story = currentStory.get();
        if (story == null) {
            page.set(null);
            return;
        }
        int mine = ++generation;
        ExportOptions options = ExportOptions.defaults().withScript(script.get());
        tasks.run(() -> pages.get().export(story, options, scratch.get(), false), result -> {
            if (mine == generation) {
                show(result);
            }
        }, e -> problem.set(messages.get("preview.failed", String.valueOf(e.getMessage()))));
    }

    private void show(ExportResult result) {
        problem.set("");
        String file = script.get() == ScriptMode.BOTH ? "index.zh-Hant.html" : "index.html";
        // a new query each time: the web view must not show a cached page
        page.set(URI.create(result.folder().resolve(file).toUri() + "?v=" + generation));
    }

    /**
     * The print preview of the open story in the script this tab shows, written beside the
     * preview's folder; null when no story is open.
     */
    public PrintViewModel printing() {
        Story story = currentStory.get();
        if (story == null) {
            return null;
        }
        return new PrintViewModel(tasks, messages, story, script.get(), pages,
                () -> scratch.get().resolveSibling("print"), () -> List.copyOf(Printer.getAllPrinters()));
    }

    public ObjectProperty<ScriptMode> scriptProperty() {
        return script;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyObjectProperty<URI> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
