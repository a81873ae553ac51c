package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.signoff.CorrectionNote;
import org.newsdesk.workflow.signoff.ReviewChain;
import org.newsdesk.workflow.signoff.SignOffRefused;
import org.newsdesk.workflow.signoff.SignOffState;
import org.newsdesk.workflow.status.StatusChange;
import org.newsdesk.workflow.status.StatusChangeRefused;

/** The review chain at one, two and three levels, on a real store file. */
class SignOffRepositoryTest {

    private static final Instant NOW = Instant.parse("2015-08-01T00:00:00Z");

    @TempDir
    Path dir;
    private Store store;
    private final AtomicReference<String> editor = new AtomicReference<>("王小編");

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        store.workflow().setChannels(new ChannelList(List.of("政务", "科技", "要闻")));
        store.workflow().signOff().setEditor(editor::get);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The sample interview, written by 王小編 and submitted (Ready). */
    private Story submitted() {
        List<Paragraph> clean = SampleInterview.paragraphs().stream()
                .map(p -> new Paragraph(p.id(), p.speakerKey(), p.spans().stream()
                        .filter(s -> s.styles().isEmpty()).map(s -> Span.plain(s.text())).toList()))
                .toList();
        Story s = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), clean);
        store.workflow().setStatus(s.id(), s.version(), Status.READY, "王小編");
        return store.stories().get(s.id());
    }

    private StatusMoved approve(UUID id, String by) {
        return store.workflow().move(id, store.stories().version(id), Status.APPROVED, by);
    }

    private SignOffState state(UUID id) {
        return store.workflow().signOff().state(id);
    }

    @Test
    void oneLevelApprovesAtOnceEvenByTheAuthorAsBefore() {
        Story s = submitted();

        StatusMoved moved = approve(s.id(), "王小編");

        assertThat(moved.status()).isEqualTo(Status.APPROVED);
        assertThat(moved.signedLevel()).isEqualTo(1);
        SignOffState state = state(s.id());
        assertThat(state.signatures()).singleElement().satisfies(sig -> {
            assertThat(sig.level()).isEqualTo(1);
            assertThat(sig.signedBy()).isEqualTo("王小編");
            assertThat(sig.signedAt()).isEqualTo(NOW);
            assertThat(sig.storyVersion()).isEqualTo(s.version());
            assertThat(sig.revision()).isZero();
        });
        assertThat(state.lastChangedBy()).isEqualTo("王小編");
        assertThat(store.workflow().statusHistory(s.id())).extracting(StatusChange::to)
                .containsExactly(Status.READY, Status.APPROVED);
    }

    @Test
    void twoLevelsRefuseTheLastChangesAuthorAsApproverAndNeedTwoEditors() {
        store.workflow().signOff().setChain(ReviewChain.TWO);
        Story s = submitted();

        assertThat(approve(s.id(), "李審稿").status()).isEqualTo(Status.READY);
        assertThatThrownBy(() -> approve(s.id(), "王小編"))
                .isInstanceOfSatisfying(SignOffRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(SignOffRefused.Reason.LAST_CHANGE_AUTHOR);
                    assertThat(e.messageKey()).isEqualTo("signoff.refused.last_change_author");
                });
        assertThatThrownBy(() -> approve(s.id(), "李審稿"))
                .isInstanceOfSatisfying(SignOffRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SignOffRefused.Reason.SIGNED_ALREADY));
        assertThat(store.stories().get(s.id()).status()).isEqualTo(Status.READY);

        StatusMoved last = approve(s.id(), "張主編");

        assertThat(last.status()).isEqualTo(Status.APPROVED);
        assertThat(last.signedLevel()).isEqualTo(2);
        assertThat(state(s.id()).signatures()).extracting(sig -> sig.level() + ":" + sig.signedBy())
                .containsExactly("1:李審稿", "2:張主編");
    }

    @Test
    void theAuthorMaySignTheFirstOfTwoLevelsButNotBoth() {
        store.workflow().signOff().setChain(ReviewChain.TWO);
        Story s = submitted();

        assertThat(approve(s.id(), "王小編").status()).isEqualTo(Status.READY);
        assertThatThrownBy(() -> approve(s.id(), "王小編")).isInstanceOf(SignOffRefused.class);
        assertThat(approve(s.id(), "李審稿").status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void threeLevelsNeedThreeDifferentEditorsAndApproveOnlyAtTheLast() {
        store.workflow().signOff().setChain(ReviewChain.THREE);
        Story s = submitted();

        assertThat(approve(s.id(), "初審甲").status()).isEqualTo(Status.READY);
        assertThatThrownBy(() -> approve(s.id(), "初審甲")).isInstanceOf(SignOffRefused.class);
        assertThat(approve(s.id(), "復審乙").status()).isEqualTo(Status.READY);
        assertThat(state(s.id()).nextLevel()).isEqualTo(3);
        assertThat(state(s.id()).nextIsLast()).isTrue();
        assertThatThrownBy(() -> approve(s.id(), "王小編"))
                .isInstanceOfSatisfying(SignOffRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SignOffRefused.Reason.LAST_CHANGE_AUTHOR));
        assertThatThrownBy(() -> approve(s.id(), "復審乙")).isInstanceOf(SignOffRefused.class);

        assertThat(approve(s.id(), "終審丙").status()).isEqualTo(Status.APPROVED);
        assertThat(state(s.id()).signatures()).extracting(sig -> sig.signedBy())
                .containsExactly("初審甲", "復審乙", "終審丙");
        // the intermediate signatures are no status moves: the history shows submitted, then approved
        assertThat(store.workflow().statusHistory(s.id())).extracting(StatusChange::to)
                .containsExactly(Status.READY, Status.APPROVED);
    }

    @Test
    void aSignatureNeedsAReadyStoryAndAName() {
        store.workflow().signOff().setChain(ReviewChain.TWO);
        Story draft = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), List.of());
        assertThatThrownBy(() -> approve(draft.id(), "李審稿")).isInstanceOf(StatusChangeRefused.class);
        Story s = submitted();
        assertThatThrownBy(() -> approve(s.id(), "  "))
                .isInstanceOfSatisfying(SignOffRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SignOffRefused.Reason.NO_EDITOR));
        assertThat(state(s.id()).signatures()).isEmpty();
    }

    @Test
    void withOneLevelANamelessApprovalStillWorksAsBefore() {
        Story s = submitted();
        assertThat(approve(s.id(), "").status()).isEqualTo(Status.APPROVED);
    }

    @Test
    void aTranscriptChangeAfterASignatureClearsItAndTheHistorySaysWhy() {
        store.workflow().signOff().setChain(ReviewChain.THREE);
        Story s = submitted();
        approve(s.id(), "初審甲");
        assertThat(state(s.id()).locked()).isTrue();

        editor.set("趙改稿");
        Story now = store.stories().get(s.id());
        List<Paragraph> changed = new java.util.ArrayList<>(now.paragraphs());
        Paragraph first = changed.get(1);
        changed.set(1, new Paragraph(first.id(), first.speakerKey(), List.of(Span.plain(first.text() + "補一句。"))));
        store.stories().applyEdit(s.id(), now.version(), TranscriptEdit.between(now.paragraphs(), changed));

        SignOffState after = state(s.id());
        assertThat(after.signatures()).isEmpty();
        assertThat(after.status()).isEqualTo(Status.READY);
        assertThat(after.nextLevel()).isEqualTo(1);
        assertThat(after.lastChangedBy()).isEqualTo("趙改稿");
        StatusChange why = store.workflow().statusHistory(s.id()).get(1);
        assertThat(why.from()).isEqualTo(Status.READY);
        assertThat(why.to()).isEqualTo(Status.READY);
        assertThat(why.reason()).isEqualTo(SignOffRepository.CHANGED);
        assertThat(why.changedBy()).isEqualTo("趙改稿");
        // the cleared signature is kept in the file, marked
        store.close();
        try {
            assertThat(RawDatabase.column(dir, "select signed_by || ':' || cleared_why from signature"))
                    .containsExactly("初審甲:changed");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        store = TestStores.fresh(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        store.workflow().setChannels(new ChannelList(List.of("政务", "科技", "要闻")));
        store.workflow().signOff().setEditor(editor::get);
        store.workflow().signOff().setChain(ReviewChain.THREE);
        // and the one who changed it now may not give the final signature
        approve(s.id(), "初審甲");
        approve(s.id(), "復審乙");
        assertThatThrownBy(() -> approve(s.id(), "趙改稿")).isInstanceOf(SignOffRefused.class);
    }

    @Test
    void aMetadataChangeToApprovedCopySendsItBackToReady() {
        Story s = submitted();
        approve(s.id(), "李審稿");
        Story approved = store.stories().get(s.id());
        Metadata m = approved.metadata();

        store.workflow().saveMetadata(s.id(), approved.version(), m.withHeadlineText(m.headline() + "(修訂)"), approved.slug());

        assertThat(store.stories().get(s.id()).status()).isEqualTo(Status.READY);
        assertThat(state(s.id()).signatures()).isEmpty();
        StatusChange last = store.workflow().statusHistory(s.id()).get(2);
        assertThat(last.from()).isEqualTo(Status.APPROVED);
        assertThat(last.to()).isEqualTo(Status.READY);
        assertThat(last.reason()).isEqualTo("changed");
    }

    @Test
    void goingBackToDraftClearsTheSignatures() {
        store.workflow().signOff().setChain(ReviewChain.TWO);
        Story s = submitted();
        approve(s.id(), "李審稿");
        store.workflow().setStatus(s.id(), store.stories().version(s.id()), Status.DRAFT, "李審稿");
        assertThat(state(s.id()).signatures()).isEmpty();
    }

    @Test
    void editingPublishedCopyMakesACorrectionThatNeedsANoteAndIsKeptWithItsRevision() {
        Story s = submitted();
        approve(s.id(), "李審稿");
        store.workflow().setStatus(s.id(), store.stories().version(s.id()), Status.PUBLISHED, "李審稿");
        int published = store.stories().saveRevision(s.id(), store.stories().version(s.id()), "李審稿").number();
        assertThat(store.workflow().signOff().publishCorrection(s.id(), published, "李審稿")).isEmpty();

        long v = store.workflow().signOff().sendBack(s.id(), store.stories().version(s.id()), "王小編", "");
        Story reopened = store.stories().get(s.id());
        assertThat(reopened.status()).isEqualTo(Status.READY);
        assertThat(reopened.version()).isEqualTo(v);
        assertThat(state(s.id()).correctionPending()).isTrue();
        assertThat(store.workflow().statusHistory(s.id()).get(3).reason()).isEqualTo("correction");
        Metadata m = reopened.metadata();
        v = store.stories().updateMetadata(s.id(), v, m.withHeadlineText(m.headline() + "(更正)"));
        approve(s.id(), "李審稿");

        long approvedVersion = store.stories().version(s.id());
        assertThatThrownBy(() -> store.workflow().setStatus(s.id(), approvedVersion, Status.PUBLISHED, "李審稿"))
                .isInstanceOfSatisfying(SignOffRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(SignOffRefused.Reason.CORRECTION_NOTE_MISSING));
        assertThat(store.stories().get(s.id()).status()).isEqualTo(Status.APPROVED);

        store.workflow().signOff().setCorrectionNote(s.id(), "標題中的職務寫錯,已更正。");
        store.workflow().setStatus(s.id(), approvedVersion, Status.PUBLISHED, "李審稿");
        int corrected = store.stories().saveRevision(s.id(), store.stories().version(s.id()), "李審稿").number();
        CorrectionNote note = store.workflow().signOff().publishCorrection(s.id(), corrected, "李審稿").orElseThrow();

        assertThat(corrected).isEqualTo(published + 1);
        assertThat(note.note()).isEqualTo("標題中的職務寫錯,已更正。");
        assertThat(state(s.id()).correctionPending()).isFalse();
        assertThat(store.workflow().signOff().corrections(s.id(), corrected)).containsExactly(note);
        assertThat(store.workflow().signOff().corrections(s.id(), published)).isEmpty();
    }

    @Test
    void aCommandLineEditOfPublishedCopyIsACorrectionToo() {
        Story s = submitted();
        approve(s.id(), "李審稿");
        long v = store.workflow().setStatus(s.id(), store.stories().version(s.id()), Status.PUBLISHED, "李審稿");
        Metadata m = store.stories().get(s.id()).metadata();

        store.stories().updateMetadata(s.id(), v, m.withHeadlineText("改過的標題"));

        assertThat(store.stories().get(s.id()).status()).isEqualTo(Status.READY);
        assertThat(state(s.id()).correctionPending()).isTrue();
        assertThat(store.workflow().statusHistory(s.id())).last()
                .satisfies(c -> assertThat(c.from() + ">" + c.to() + ":" + c.reason()).isEqualTo("PUBLISHED>READY:correction"));
    }

    @Test
    void sendingBackCopyThatIsNotLockedChangesNothing() {
        Story s = submitted();
        long v = store.stories().version(s.id());
        assertThat(store.workflow().signOff().sendBack(s.id(), v, "王小編", null)).isEqualTo(v);
        assertThat(store.workflow().statusHistory(s.id())).hasSize(1);
    }
}
