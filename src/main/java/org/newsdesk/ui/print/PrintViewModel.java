package org.newsdesk.ui.print;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.print.Printer;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.export.StoryPages;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The print preview of one story: the page exported as the portal shows it, in the script the
 * preview tab shows, into a scratch folder in the background; and the printers installed,
 * also looked up in the background (the print system may ask a print server).
 */
public final class PrintViewModel {

    /** Where the page is: being written and laid out, shown on the sheet, or not to be had. */
    public enum Rendering { PREPARING, SHOWN, FAILED }

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Story story;
    private final ScriptMode script;
    private final Supplier<StoryPages> pages;
    private final Supplier<Path> folder;
    private final Supplier<List<Printer>> installedPrinters;
    private final ReadOnlyObjectWrapper<URI> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Printer>> printers = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Rendering> rendering = new ReadOnlyObjectWrapper<>(Rendering.PREPARING);

    /**
     * @param folder            where the page is written (a scratch folder of the data folder)
     * @param installedPrinters the printers to offer (the system's; tests give none)
     */
    public PrintViewModel(BackgroundTasks tasks, Messages messages, Story story, ScriptMode script,
                          Supplier<StoryPages> pages, Supplier<Path> folder, Supplier<List<Printer>> installedPrinters) {
        this.tasks = tasks;
        this.messages = messages;
        this.story = story;
        this.script = script;
        this.pages = pages;
        this.folder = folder;
        this.installedPrinters = installedPrinters;
    }

    /**
     * Renders the page and looks the printers up, both off the UI thread. The page stays
     * {@link Rendering#PREPARING} until the window says the browser engine has laid it out
     * ({@link #pageShown}).
     */
    public void start() {
        rendering.set(Rendering.PREPARING);
        ExportOptions options = ExportOptions.defaults().withScript(script);
        tasks.run(() -> pages.get().export(story, options, folder.get(), false), result -> {
            String file = script == ScriptMode.BOTH ? "index.zh-Hant.html" : "index.html";
            page.set(result.folder().resolve(file).toUri());
        }, e -> rendering.set(Rendering.FAILED));
        tasks.run(installedPrinters::get, printers::set, e -> printers.set(List.of()));
    }

    /** The browser engine has laid the page out: the sheet shows it. */
    public void pageShown() {
        if (rendering.get() == Rendering.PREPARING) {
            rendering.set(Rendering.SHOWN);
        }
    }

    /** The browser engine could not load the written page. */
    public void pageFailed() {
        rendering.set(Rendering.FAILED);
    }

    public ReadOnlyObjectProperty<Rendering> renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** What the sheet says while there is no page to show: preparing, or why it failed. */
    public String renderingText() {
        return messages.get(rendering.get() == Rendering.FAILED ? "print.renderFailed" : "print.rendering");
    }

    /** Says that nothing can be printed because no printer is installed. */
    public void noPrinter() {
        status.set(messages.get("print.noPrinter"));
    }

    /** Says how a print job ended. */
    public void printed(boolean sent) {
        status.set(messages.get(sent ? "print.sent" : "print.failed"));
    }

    public String headline() {
        return story.metadata().headline();
    }

    /** The rendered page (null until it is written). */
    public ReadOnlyObjectProperty<URI> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The printers installed (null until they are known; empty when there are none). */
    public ReadOnlyObjectProperty<List<Printer>> printersProperty() {
        return printers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
