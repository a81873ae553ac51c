package org.newsdesk.ui.compare;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.Publication;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.workflow.revisions.ParagraphRestore;
import org.newsdesk.workflow.revisions.RevisionDiff;

/**
 * The compare view's state: which two versions of the open story are compared (a revision on
 * the left; a revision or the current text on the right; by default the last published revision,
 * else the last saved one, against the current text), the differences as lines, and putting back
 * one paragraph or the whole left revision. Reads run in the background; no JavaFX nodes here.
 */
public final class CompareViewModel {

    /** Where the versions come from. Called off the FX thread; may block. */
    public interface Source {
        List<RevisionInfo> revisions(UUID story);

        Story revision(UUID story, int number);

        /** The story as stored, after every write queued so far (paragraph ids known). */
        Story current(UUID story);

        /** The revision last sent to a target, if any. */
        OptionalInt lastPublished(UUID story);

        /** The versions in {@code store}; the current one read on {@code writer}, after the writes queued there. */
        static Source of(Store store, StoreWriter writer) {
            return new Source() {
                @Override
                public List<RevisionInfo> revisions(UUID story) {
                    return store.stories().revisions(story);
                }

                @Override
                public Story revision(UUID story, int number) {
                    return store.stories().revision(story, number);
                }

                @Override
                public Story current(UUID story) {
                    return writer.submit(() -> store.stories().get(story)).join();
                }

                @Override
                public OptionalInt lastPublished(UUID story) {
                    return store.outbox().publications(story).stream().mapToInt(Publication::revision).max();
                }
            };
        }
    }

    /** What putting back does to the open story. Called on the FX thread. */
    public interface Restorer {
        /**
         * Applies {@code edit} to the transcript as one undo step, when the transcript still
         * holds {@code expected}; false, changing nothing, when it has changed since.
         */
        boolean paragraph(ParagraphRestore.Edit edit, List<Paragraph> expected);

        /** Makes revision {@code number} the story's content, the current text kept as a revision first. */
        void revision(int number);

        /** Writes pending edits (before reading the current text). */
        void flush();
    }

    /** A version to compare: a revision, or the current text ({@code revision == null}). */
    public record Version(Integer revision, String text) {
        public boolean isCurrent() {
            return revision == null;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Source source;
    private final Restorer restorer;
    private final UUID storyId;
    private final ObservableList<Version> olderChoices = FXCollections.observableArrayList();
    private final ObservableList<Version> newerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Version> older = new SimpleObjectProperty<>();
    private final ObjectProperty<Version> newer = new SimpleObjectProperty<>();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Story olderStory;
    private long request;

    public CompareViewModel(BackgroundTasks tasks, Messages messages, Source source, Restorer restorer, UUID storyId) {
        this.tasks = tasks;
        this.messages = messages;
        this.source = source;
        this.restorer = restorer;
        this.storyId = storyId;
        older.addListener((o, was, now) -> compare());
        newer.addListener((o, was, now) -> compare());
    }

    private record Start(List<RevisionInfo> revisions, OptionalInt published) {
    }

    /** Reads the revisions and compares the default pair; with no revision yet, says so. */
    public void load() {
        restorer.flush();
        busy.set(true);
        tasks.run(() -> new Start(source.revisions(storyId), source.lastPublished(storyId)), start -> {
            List<Version> revisions = new ArrayList<>();
            for (RevisionInfo r : start.revisions()) {
                revisions.add(new Version(r.number(), describe(r, start.published())));
            }
            Version current = new Version(null, messages.get("compare.current"));
            if (revisions.isEmpty()) {
                busy.set(false);
                message.set(messages.get("compare.noRevisions"));
                return;
            }
            olderChoices.setAll(revisions);
            List<Version> right = new ArrayList<>();
            right.add(current);
            right.addAll(revisions);
            newerChoices.setAll(right);
            int from = start.published().orElse(start.revisions().stream().mapToInt(RevisionInfo::number).max()
                    .orElseThrow());
            newer.set(current);
            older.set(revisions.stream().filter(v -> v.revision() == from).findFirst().orElse(revisions.get(0)));
        }, this::failed);
    }

    private String describe(RevisionInfo r, OptionalInt published) {
        String when = SAVED_AT.format(r.savedAt().atZone(ZoneId.systemDefault()));
        String text = r.savedBy() == null || r.savedBy().isBlank()
                ? messages.get("compare.revision", r.number(), when)
                : messages.get("compare.revisionBy", r.number(), when, r.savedBy());
        if (r.newsroomNumber() != null) {
            text += " · " + messages.get("nrwin2.compare.newsroomNumber", r.newsroomNumber());
        }
        if (!r.account().isBlank()) {
            text += " · " + messages.get("nrwin2.compare.account", r.account());
        }
        return published.isPresent() && published.getAsInt() == r.number()
                ? text + " · " + messages.get("compare.published") : text;
    }

    private record Pair(Story older, Story newer) {
    }

    /** Compares the chosen pair again (after a choice changed or something was put back). */
    public void compare() {
        compare(null);
    }

    /** As {@link #compare()}; {@code note}, when given, is what the message says afterwards. */
    private void compare(String note) {
        Version left = older.get();
        Version right = newer.get();
        if (left == null || right == null) {
            return;
        }
        long mine = ++request;
        busy.set(true);
        if (right.isCurrent()) {
            restorer.flush();
        }
        tasks.run(() -> {
            Story a = source.revision(storyId, left.revision());
            Story b = right.isCurrent() ? source.current(storyId) : source.revision(storyId, right.revision());
            return new Pair(a, b);
        }, pair -> {
            if (mine != request) {
                return;
            }
            olderStory = pair.older();
            List<CompareRow> lines = rows(pair.older(), pair.newer());
            rows.setAll(lines);
            busy.set(false);
            String count = lines.isEmpty() ? messages.get("compare.same") : messages.get("compare.count", lines.size());
            message.set(note == null ? count : note);
        }, this::failed);
    }

    /** The lines for two versions: metadata fields, then roster entries, then paragraphs. */
    List<CompareRow> rows(Story a, Story b) {
        RevisionDiff.Result diff = RevisionDiff.between(a, b);
        List<CompareRow> out = new ArrayList<>();
        for (RevisionDiff.FieldChange f : diff.metadata()) {
            out.add(row(CompareRow.Kind.METADATA, f.field(), messages.get("compare.field." + f.field()), f.pieces(),
                    null));
        }
        for (RevisionDiff.SpeakerChange s : diff.speakers()) {
            out.add(row(CompareRow.Kind.SPEAKER, s.key(), messages.get("compare.speaker", s.key()),
                    RevisionDiff.characters(speaker(s.before()), speaker(s.after())), null));
        }
        for (RevisionDiff.ParagraphChange p : diff.paragraphs()) {
            String id = p.after() == null ? a.paragraphs().get(p.index() - 1).id()
                    : b.paragraphs().get(p.index() - 1).id();
            out.add(row(CompareRow.Kind.PARAGRAPH, String.valueOf(p.index()), paragraphTitle(p), p.pieces(), id));
        }
        return out;
    }

    private String paragraphTitle(RevisionDiff.ParagraphChange p) {
        String who;
        if (p.before() == null) {
            who = messages.get("compare.paragraph.added", name(p.speakerAfter()));
        } else if (p.after() == null) {
            who = messages.get("compare.paragraph.removed", name(p.speakerBefore()));
        } else if (p.speakerChanged()) {
            who = name(p.speakerBefore()) + " → " + name(p.speakerAfter());
        } else {
            who = name(p.speakerAfter());
        }
        return "¶" + p.index() + " · " + who;
    }

    private String name(String label) {
        return label == null || label.isEmpty() ? messages.get("compare.narration") : label;
    }

    private static CompareRow row(CompareRow.Kind kind, String id, String title, List<RevisionDiff.Piece> pieces,
                                  String paragraphId) {
        List<RevisionDiff.Piece> left = new ArrayList<>();
        List<RevisionDiff.Piece> right = new ArrayList<>();
        for (RevisionDiff.Piece p : pieces) {
            if (p.kind() != RevisionDiff.Kind.INSERTED) {
                left.add(p);
            }
            if (p.kind() != RevisionDiff.Kind.DELETED) {
                right.add(p);
            }
        }
        return new CompareRow(kind, id, title, left, right, paragraphId);
    }

    private static String speaker(Speaker s) {
        if (s == null) {
            return "";
        }
        return s.label() + (s.fullName().isBlank() ? "" : " " + s.fullName())
                + (s.title().isBlank() ? "" : "，" + s.title()) + " [" + s.role().name().toLowerCase(Locale.ROOT) + "]";
    }

    /**
     * Puts the left revision's version of {@code row}'s paragraph back into the current story
     * (one undo step in the editor), then compares again.
     */
    public void restoreParagraph(CompareRow row) {
        Story from = olderStory;
        if (!row.restorable() || from == null) {
            return;
        }
        restorer.flush();
        busy.set(true);
        tasks.run(() -> source.current(storyId), current -> {
            var edit = ParagraphRestore.of(from, current, row.paragraphId());
            String note;
            if (edit.isEmpty()) {
                note = messages.get("compare.restore.nothing");
            } else if (restorer.paragraph(edit.get(), current.paragraphs())) {
                note = messages.get("compare.restore.done", row.title());
            } else {
                note = messages.get("compare.restore.changed");
            }
            busy.set(false);
            compare(note);
        }, this::failed);
    }

    /** Makes the left revision the story's content (the current text is kept as a revision first). */
    public void restoreRevision() {
        Version left = older.get();
        if (left != null && !left.isCurrent()) {
            restorer.revision(left.revision());
        }
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set(messages.get("notice.error", String.valueOf(e.getMessage())));
    }

    public ObservableList<Version> olderChoices() {
        return olderChoices;
    }

    public ObservableList<Version> newerChoices() {
        return newerChoices;
    }

    public ObjectProperty<Version> olderProperty() {
        return older;
    }

    public ObjectProperty<Version> newerProperty() {
        return newer;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
