package org.newsdesk.ui.metadata;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.NameDirectoryRepository;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.workflow.metadata.FieldProblem;
import org.newsdesk.workflow.metadata.MetadataValidator;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;

/**
 * The name directory dialog: every source, author and editor name with its counts, filtered
 * by kind and typed text; a misspelt name renamed once (in every story: the store does it in
 * one transaction on the writer thread), unused names removed. Nothing here reads the store on
 * the FX thread.
 */
public final class NameDirectoryViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final NameDirectoryRepository directory;
    private final StoreWriter writer;
    private final Consumer<List<UUID>> renamed;
    private final Runnable beforeWrite;
    private final ObservableList<NameUse> all = FXCollections.observableArrayList();
    private final FilteredList<NameUse> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<NameKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<NameUse> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    /**
     * @param beforeWrite queues what the editor has typed, so a rename comes after it (not before a stale save)
     * @param renamed     hears which stories a rename changed (on the FX thread), to reload the open one
     */
    public NameDirectoryViewModel(BackgroundTasks tasks, Messages messages, NameDirectoryRepository directory,
                                  StoreWriter writer, Runnable beforeWrite, Consumer<List<UUID>> renamed) {
        this.tasks = tasks;
        this.messages = messages;
        this.directory = directory;
        this.writer = writer;
        this.renamed = renamed;
        this.beforeWrite = beforeWrite;
        filter.addListener((o, a, b) -> refilter());
        kind.addListener((o, a, b) -> refilter());
        selected.addListener((o, a, use) -> newName.set(use == null ? "" : use.name()));
        selected.addListener((o, a, b) -> checkNewName());
        newName.addListener((o, a, b) -> checkNewName());
    }

    /** Reads the directory (in the background). */
    public void load() {
        tasks.run(directory::all, names -> all.setAll(names), this::failed);
    }

    private void refilter() {
        String typed = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        NameKind k = kind.get();
        shown.setPredicate(u -> (k == null || u.kind() == k) && u.name().toLowerCase(Locale.ROOT).contains(typed));
    }

    /** The new spelling's problem (blank, control character, too long), or a note that it merges. */
    private void checkNewName() {
        NameUse use = selected.get();
        if (use == null) {
            problem.set("");
            note.set("");
            return;
        }
        List<FieldProblem> problems = MetadataValidator.nameProblems(use.kind().field(), newName.get());
        problem.set(problems.isEmpty() ? "" : problems.get(0).describe(messages::get));
        String to = newName.get() == null ? "" : newName.get().strip();
        boolean merges = merges(use, to);
        note.set(!problems.isEmpty() ? "" : merges ? messages.get("names.merges", to)
                : person(use.kind()) ? messages.get("names.person") : "");
    }

    /** Whether renaming {@code use} to {@code to} joins it with a name already known (a person: author or editor). */
    private boolean merges(NameUse use, String to) {
        return !to.equals(use.name()) && all.stream()
                .anyMatch(u -> person(u.kind()) == person(use.kind()) && u.name().equals(to));
    }

    private static boolean person(NameKind k) {
        return k != NameKind.SOURCE;
    }

    /** Whether Rename can be pressed: a name chosen, the new spelling valid and different. */
    public boolean canRename() {
        NameUse use = selected.get();
        return use != null && problem.get().isEmpty() && !newName.get().strip().equals(use.name());
    }

    /** Renames the chosen name everywhere; the stories it changed are reloaded by whoever listens. */
    public void rename() {
        if (!canRename()) {
            return;
        }
        NameUse use = selected.get();
        String to = newName.get().strip();
        boolean merges = merges(use, to);
        beforeWrite.run();
        tasks.whenDone(writer.submit(() -> directory.rename(use.kind(), use.name(), to)), changed -> {
            outcome.set(messages.get(merges ? "names.merged" : "names.renamed", use.name(), to, changed.size()));
            renamed.accept(changed);
            load();
        }, this::failed);
    }

    /** Forgets the names no story uses any more. */
    public void removeUnused() {
        tasks.whenDone(writer.submit(directory::removeUnused), removed -> {
            outcome.set(messages.get("names.removed", removed));
            load();
        }, this::failed);
    }

    private void failed(Throwable e) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        outcome.set(cause instanceof org.newsdesk.workflow.metadata.MetadataRejected r && !r.problems().isEmpty()
                ? r.problems().get(0).describe(messages::get)
                : messages.get("notice.error", String.valueOf(cause.getMessage())));
    }

    /** The names the filter and kind let through. */
    public ObservableList<NameUse> names() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Only names of this kind; null for all. */
    public ObjectProperty<NameKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<NameUse> selectedProperty() {
        return selected;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
