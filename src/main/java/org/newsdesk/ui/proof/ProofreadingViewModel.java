package org.newsdesk.ui.proof;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.IgnoreFiles;
import org.newsdesk.proof.IncrementalProofreader;
import org.newsdesk.proof.ProofContext;
import org.newsdesk.proof.ProofReport;
import org.newsdesk.proof.Proofreader;
import org.newsdesk.proof.Severity;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * The Proofreading panel's state: the open story checked in the background (the snapshot is
 * taken on the FX thread at once; its model is built, checked and the data folder's files read
 * off it), the findings
 * in page order, and "ignore once" (this session) and "ignore always" (story or newsroom, in the
 * data folder). Paragraph ids in findings are the paragraphs' positions in the transcript.
 * Each check reads only the paragraphs typed into since the last one ({@link IncrementalProofreader}).
 */
public final class ProofreadingViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Supplier<Supplier<Story>> openStory;
    private final Supplier<Path> dataFolder;
    private final Supplier<Set<String>> people;
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper resultsShown = new ReadOnlyIntegerWrapper(this, "resultsShown");
    private final BooleanProperty panelOpen = new SimpleBooleanProperty(this, "panelOpen", false);
    private final Set<String> ignoredOnce = new HashSet<>();
    /** The proofreader with what it read of the open story kept; null until the first check and after the wording list changes. */
    private volatile IncrementalProofreader reader;
    private Story checked;
    private int generation;

    /**
     * @param openStory  the open story as shown now, taken on the FX thread and built on any
     *                   thread when asked for; null when none is open
     * @param dataFolder the data folder (wording list, ignore lists), or null
     * @param people     the name directory's people, read in the background
     */
    public ProofreadingViewModel(BackgroundTasks tasks, Messages messages, Supplier<Supplier<Story>> openStory,
                                 Supplier<Path> dataFolder, Supplier<Set<String>> people) {
        this.tasks = tasks;
        this.messages = messages;
        this.openStory = openStory;
        this.dataFolder = dataFolder;
        this.people = people;
    }

    /**
     * Whether the panel shows its list of findings: folded at first (findings never open it by
     * themselves; the count shows in its header), opened by the user or a command.
     */
    public BooleanProperty panelOpenProperty() {
        return panelOpen;
    }

    /**
     * Keeps the panel open or folded as the user left it, from one start to the next:
     * {@code kept} reads the last choice in the background (false when there is none), and
     * {@code keep} hears every later change on the FX thread.
     */
    public void rememberPanel(Callable<Boolean> kept, Consumer<Boolean> keep) {
        boolean[] changedMeanwhile = {false};
        javafx.beans.value.ChangeListener<Boolean> early = (o, was, now) -> changedMeanwhile[0] = true;
        panelOpen.addListener(early);
        Consumer<Boolean> apply = open -> {
            panelOpen.removeListener(early);
            if (!changedMeanwhile[0] && open != null) {
                panelOpen.set(open);
            }
            panelOpen.addListener((o, was, now) -> keep.accept(now));
            if (changedMeanwhile[0]) {
                keep.accept(panelOpen.get());
            }
        };
        tasks.run(kept, apply, e -> apply.accept(null));
    }

    /** Checks the open story again (call on the FX thread; the work runs in the background). */
    public void check() {
        Supplier<Story> story = openStory.get();
        int mine = ++generation;
        if (story == null) {
            checked = null;
            findings.clear();
            summary.set("");
            return;
        }
        Path folder = dataFolder.get();
        try {
            runCheck(story, folder, mine);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing and its background threads are gone: there is nothing to show any more
        }
    }

    /** What a check found in the story it checked (paragraph ids numbered). */
    private record Checked(Story numbered, ProofReport report) {
    }

    private void runCheck(Supplier<Story> snapshot, Path folder, int mine) {
        tasks.run(() -> {
            Story numbered = numbered(snapshot.get());
            IncrementalProofreader r = reader;
            if (r == null) {
                r = new IncrementalProofreader(folder == null ? Proofreader.shipped() : Proofreader.forDataFolder(folder));
                reader = r;
            }
            var ignores = folder == null ? org.newsdesk.proof.ProofIgnores.NONE : new IgnoreFiles(folder).load(numbered.id());
            return new Checked(numbered, r.check(numbered, new ProofContext(people.get(), null, ignores)));
        }, result -> {
            if (mine == generation) {
                show(result.numbered(), result.report());
            }
        }, e -> summary.set(messages.get("proof.panel.failed", String.valueOf(e.getMessage()))));
    }

    private void show(Story story, ProofReport report) {
        checked = story;
        List<Finding> shown = new ArrayList<>(report.findings().size());
        for (Finding f : report.findings()) {
            // nothing ignored once (the usual case): no key is made for each of a long story's findings
            if (ignoredOnce.isEmpty() || !ignoredOnce.contains(onceKey(f))) {
                shown.add(f);
            }
        }
        replaceChanged(findings, shown);
        resultsShown.set(resultsShown.get() + 1);
        long errors = shown.stream().filter(f -> f.severity() == Severity.ERROR).count();
        summary.set(shown.isEmpty() ? messages.get("proof.cli.none")
                : messages.get("proof.cli.summary", errors, shown.size() - errors));
    }

    /**
     * Makes {@code list} hold {@code wanted}, changing only the findings that differ: typing in
     * one paragraph moves a few findings, and a list shown on screen redraws only their rows
     * (a whole new list would redraw every visible row, at the next keystroke's layout).
     */
    static <T> void replaceChanged(ObservableList<T> list, List<T> wanted) {
        int size = list.size();
        if (size == wanted.size()) {
            for (int i = 0; i < size; i++) {
                if (!list.get(i).equals(wanted.get(i))) {
                    list.set(i, wanted.get(i));
                }
            }
            return;
        }
        int head = 0;
        int most = Math.min(size, wanted.size());
        while (head < most && list.get(head).equals(wanted.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < most - head && list.get(size - 1 - tail).equals(wanted.get(wanted.size() - 1 - tail))) {
            tail++;
        }
        if (size - tail > head) {
            list.remove(head, size - tail);
        }
        if (wanted.size() - tail > head) {
            list.addAll(head, wanted.subList(head, wanted.size() - tail));
        }
    }

    /** Paragraph ids become their positions, so a finding points at a paragraph of the area. */
    static Story numbered(Story story) {
        List<Paragraph> ps = new ArrayList<>(story.paragraphs().size());
        for (int i = 0; i < story.paragraphs().size(); i++) {
            ps.add(story.paragraphs().get(i).withId(Integer.toString(i)));
        }
        return new Story(story.id(), story.slug(), story.status(), story.metadata(), story.speakers(), ps,
                story.revision(), story.version(), story.createdAt(), story.updatedAt());
    }

    /** The people among the directory's names (authors and editors; sources are organisations). */
    public static Set<String> people(List<org.newsdesk.workflow.names.NameUse> names) {
        Set<String> out = new HashSet<>();
        for (var use : names) {
            if (use.kind() != org.newsdesk.workflow.names.NameKind.SOURCE) {
                out.add(use.name());
            }
        }
        return out;
    }

    public void ignoreOnce(Finding f) {
        ignoredOnce.add(onceKey(f));
        findings.remove(f);
    }

    /** Ignores this finding's rule and text from now on, in this story or in the whole newsroom. */
    public void ignoreAlways(Finding f, boolean newsroom) {
        Path folder = dataFolder.get();
        Story story = checked;
        findings.removeIf(x -> x.ignoreKey().equals(f.ignoreKey()));
        if (folder == null || story == null) {
            return;
        }
        tasks.run(() -> {
            IgnoreFiles files = new IgnoreFiles(folder);
            if (newsroom) {
                files.ignoreInNewsroom(f);
            } else {
                files.ignoreInStory(story.id(), f);
            }
            return null;
        }, done -> check(), e -> summary.set(messages.get("proof.panel.failed", String.valueOf(e.getMessage()))));
    }

    private static String onceKey(Finding f) {
        return f.paragraphId() + "|" + f.field() + "|" + f.start() + "|" + f.ignoreKey();
    }

    /** The story (paragraph ids numbered) whose findings are listed, or null. */
    public Story checked() {
        return checked;
    }

    /**
     * The newsroom's wording list editor; after it saves, the lists are read again and the open
     * story is checked again.
     */
    public WordingViewModel wording() {
        return new WordingViewModel(tasks, messages, dataFolder.get(), () -> {
            reader = null;
            check();
        });
    }

    /** How many paragraphs the checks have read so far (tests: typing in one paragraph reads that one again). */
    public long paragraphsProofread() {
        IncrementalProofreader r = reader;
        return r == null ? 0 : r.paragraphsRead();
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    /**
     * How many check results have been shown: it counts each one, also one that changed no
     * finding (the list then has no change to report).
     */
    public ReadOnlyIntegerProperty resultsShownProperty() {
        return resultsShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
