package org.newsdesk.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.workflow.revisions.ParagraphRestore;
import org.newsdesk.workflow.revisions.RevisionDiff.Kind;
import org.newsdesk.workflow.revisions.RevisionDiff.Piece;

/**
 * The compare view's model without the toolkit, on a real H2 store: the default pair (last
 * published against the current text), the lines with their character pieces, and what
 * restoring a paragraph or the whole revision asks of the editor.
 */
class CompareViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataDir;
    private Store store;
    private StoreWriter writer;
    private final List<ParagraphRestore.Edit> edits = new ArrayList<>();
    private final List<Integer> restoredRevisions = new ArrayList<>();
    private int flushes;
    /** What the editor shows: the restores are applied to it as the transcript area would. */
    private List<Paragraph> editor;

    /** Work runs at once on the calling thread (the store writer still runs on its own). */
    private static final class SameThread implements BackgroundTasks {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }

        @Override
        public <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError) {
            try {
                onDone.accept(stage.toCompletableFuture().join());
            } catch (CompletionException e) {
                onError.accept(e.getCause());
            }
        }
    }

    private final CompareViewModel.Restorer restorer = new CompareViewModel.Restorer() {
        @Override
        public boolean paragraph(ParagraphRestore.Edit edit, List<Paragraph> expected) {
            edits.add(edit);
            if (!texts(expected).equals(texts(editor))) {
                return false;
            }
            editor = ParagraphRestore.apply(editor, edit);
            return true;
        }

        @Override
        public void revision(int number) {
            restoredRevisions.add(number);
        }

        @Override
        public void flush() {
            flushes++;
        }
    };

    @BeforeEach
    void open() {
        store = TestStores.fresh(dataDir);
        writer = new StoreWriter();
    }

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    private static Metadata metadata(String editor) {
        return new Metadata("區長談垃圾分類", "", "", "", "南湖區政府網", List.of(), editor, null, Metadata.DEFAULT_ZONE,
                List.of(), List.of(), null, "", null);
    }

    /** Revision 1 published, the editor changed and kept as revision 2, then one paragraph edited and one deleted. */
    private Story story() {
        Story s = store.stories().create(metadata("孫編輯"), List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                new Speaker("guest", "何區長", "何明德", "南湖區區長", SpeakerRole.GUEST)), List.of(
                Paragraph.of("host", "垃圾分類推行得怎麼樣？"),
                Paragraph.of("guest", "全區已有八成小區做到定時定點投放。"),
                Paragraph.of("guest", "明年還要增加兩座處理廠。")));
        store.stories().saveRevision(s.id(), s.version(), "孫編輯");
        store.outbox().enqueue(s.id(), 1, "b".repeat(64), "portal", s.slug(), "區長談垃圾分類", "孫編輯");
        Story kept = store.stories().get(s.id());
        long changed = store.stories().updateMetadata(s.id(), kept.version(), metadata("鄭編輯"));
        store.stories().saveRevision(s.id(), changed, "鄭編輯");
        kept = store.stories().get(s.id());
        List<Paragraph> now = List.of(kept.paragraphs().get(0),
                new Paragraph(kept.paragraphs().get(1).id(), "guest", List.of(Span.plain("全區已有九成小區做到定時定點投放。"))));
        store.stories().applyEdit(s.id(), kept.version(), TranscriptEdit.between(kept.paragraphs(), now));
        Story current = store.stories().get(s.id());
        editor = current.paragraphs();
        return current;
    }

    private CompareViewModel model(Story s) {
        return new CompareViewModel(new SameThread(), ENGLISH, CompareViewModel.Source.of(store, writer), restorer, s.id());
    }

    @Test
    void byDefaultTheLastPublishedRevisionIsComparedWithTheCurrentTextCharacterByCharacter() {
        Story s = story();
        CompareViewModel model = model(s);

        model.load();

        assertThat(model.olderProperty().get().revision()).isEqualTo(1);
        assertThat(model.olderProperty().get().text()).contains(ENGLISH.get("compare.published"), "孫編輯");
        assertThat(model.newerProperty().get().isCurrent()).isTrue();
        assertThat(model.olderChoices()).extracting(CompareViewModel.Version::revision).containsExactly(2, 1);
        assertThat(model.newerChoices()).extracting(CompareViewModel.Version::revision).containsExactly(null, 2, 1);
        assertThat(model.rows()).extracting(CompareRow::kind).containsExactly(CompareRow.Kind.METADATA,
                CompareRow.Kind.PARAGRAPH, CompareRow.Kind.PARAGRAPH);
        CompareRow editorLine = model.rows().get(0);
        assertThat(editorLine.title()).isEqualTo(ENGLISH.get("compare.field.editor"));
        assertThat(editorLine.older()).containsExactly(new Piece(Kind.DELETED, "孫"), new Piece(Kind.SAME, "編輯"));
        assertThat(editorLine.newer()).containsExactly(new Piece(Kind.INSERTED, "鄭"), new Piece(Kind.SAME, "編輯"));
        CompareRow edited = model.rows().get(1);
        assertThat(edited.title()).isEqualTo("¶2 · 何區長");
        assertThat(edited.older()).containsExactly(new Piece(Kind.SAME, "全區已有"), new Piece(Kind.DELETED, "八"),
                new Piece(Kind.SAME, "成小區做到定時定點投放。"));
        assertThat(edited.newer()).contains(new Piece(Kind.INSERTED, "九"));
        CompareRow removed = model.rows().get(2);
        assertThat(removed.title()).isEqualTo("¶3 · " + ENGLISH.get("compare.paragraph.removed", "何區長"));
        assertThat(removed.olderText()).isEqualTo("明年還要增加兩座處理廠。");
        assertThat(removed.newer()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("3 differences");
        assertThat(flushes).as("pending typing written before the current text is read").isPositive();
    }

    @Test
    void twoRevisionsCanBeComparedAndSpeakerChangesAreLines() {
        Story s = story();
        store.stories().replaceSpeakers(s.id(), s.version(), List.of(new Speaker("host", "主持人", "", "",
                SpeakerRole.HOST), new Speaker("guest", "何區長", "何明德", "南湖區副區長", SpeakerRole.GUEST)));
        CompareViewModel model = model(s);
        model.load();

        model.newerProperty().set(model.newerChoices().get(1));
        assertThat(model.rows()).as("revisions 1 and 2: only the editor").extracting(CompareRow::id)
                .containsExactly("editor");
        model.olderProperty().set(model.olderChoices().get(0));
        assertThat(model.rows()).as("revision 2 with itself").isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(ENGLISH.get("compare.same"));
        model.olderProperty().set(model.olderChoices().get(1));

        model.newerProperty().set(model.newerChoices().get(0));
        CompareRow speaker = model.rows().stream().filter(r -> r.kind() == CompareRow.Kind.SPEAKER).findFirst()
                .orElseThrow();
        assertThat(speaker.title()).isEqualTo(ENGLISH.get("compare.speaker", "guest"));
        assertThat(speaker.newer()).contains(new Piece(Kind.INSERTED, "副"));
        assertThat(speaker.restorable()).isFalse();
    }

    @Test
    void restoringAParagraphAsksTheEditorForOneEditAndComparesAgain() {
        Story s = story();
        CompareViewModel model = model(s);
        model.load();
        CompareRow removed = model.rows().get(2);

        model.restoreParagraph(removed);

        assertThat(edits).hasSize(1);
        assertThat(edits.get(0).from()).isEqualTo(2);
        assertThat(edits.get(0).remove()).isZero();
        assertThat(texts(editor)).containsExactly("垃圾分類推行得怎麼樣？", "全區已有九成小區做到定時定點投放。", "明年還要增加兩座處理廠。");
        assertThat(model.messageProperty().get()).isEqualTo(ENGLISH.get("compare.restore.done", removed.title()));
    }

    @Test
    void whenTheEditorChangedMeanwhileNothingIsRestoredAndTheEditorIsToldWhy() {
        Story s = story();
        CompareViewModel model = model(s);
        model.load();
        editor = List.of(Paragraph.of("host", "（剛打的字）"));

        model.restoreParagraph(model.rows().get(1));

        assertThat(texts(editor)).containsExactly("（剛打的字）");
        assertThat(model.messageProperty().get()).isEqualTo(ENGLISH.get("compare.restore.changed"));
    }

    @Test
    void restoringTheWholeRevisionAsksForTheLeftRevision() {
        Story s = story();
        CompareViewModel model = model(s);
        model.load();
        model.olderProperty().set(model.olderChoices().get(0));

        model.restoreRevision();

        assertThat(restoredRevisions).containsExactly(2);
    }

    @Test
    void aStoryWithoutRevisionsSaysHowToMakeOne() {
        Story s = store.stories().create(metadata("孫編輯"), List.of(), List.of(Paragraph.narration("草稿。")));
        CompareViewModel model = model(s);

        model.load();

        assertThat(model.rows()).isEmpty();
        assertThat(model.olderChoices()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(ENGLISH.get("compare.noRevisions"));
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** In a newsroom each revision names its newsroom number, and one made on another desk the account that made it. */
    @Test
    void aNewsroomRevisionShowsItsNewsroomNumberAndTheAccountOfAnotherDesk() {
        Story s = story();
        store.newsroomRevisions().numbered(s.id(), 2, 5);
        String snapshot = org.newsdesk.json.StoryJson.toJson(store.stories().revision(s.id(), 2));
        store.newsroomRevisions().take(new org.newsdesk.store.RevisionReplica.Row(s.id(), 7, 7, "desk-b", 4, "鄭編輯",
                "zheng", java.time.OffsetDateTime.parse("2026-12-03T08:00:00Z"), "區長談垃圾分類", snapshot), "desk-a");
        Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
        CompareViewModel model = new CompareViewModel(new SameThread(), chinese, CompareViewModel.Source.of(store, writer),
                restorer, s.id());

        model.load();

        assertThat(model.olderChoices()).extracting(CompareViewModel.Version::revision).containsExactly(3, 2, 1);
        assertThat(model.olderChoices().get(0).text()).contains("鄭編輯", chinese.get("nrwin2.compare.newsroomNumber", 7),
                chinese.get("nrwin2.compare.account", "zheng"));
        assertThat(model.olderChoices().get(1).text()).contains(chinese.get("nrwin2.compare.newsroomNumber", 5))
                .doesNotContain(chinese.get("nrwin2.compare.account", ""));
        assertThat(model.olderChoices().get(2).text()).as("not handed over: no newsroom number")
                .doesNotContain("编辑部");
    }
}
