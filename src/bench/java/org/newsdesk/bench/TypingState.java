package org.newsdesk.bench;

import java.io.IOException;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.newsdesk.model.Story;
import org.newsdesk.ui.editor.TranscriptDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import static org.newsdesk.bench.EditorBenchmarks.*;
import static org.newsdesk.bench.EditorFixture.*;

/**
 * The typing side of {@link EditorBenchmarks}' keystroke pairs: one editor (ours, with or without
 * the Proofreading panel) or the bare area, typed into in the middle of the transcript.
 */
@State(Scope.Benchmark)
public class TypingState {
    /**
     * Keystrokes per JMH operation: an iteration is one batch whatever the iteration time,
     * so the suite's 5 measured iterations always hold 300 keystrokes (and its 10 warmup
     * iterations 600), however slow the machine is.
     */
    static final int BATCH = 60;
    /** Keystrokes typed into one paragraph before moving on to the next. */
    static final int PER_PARAGRAPH = 25;
    /** The paragraphs typed into: 50 in the middle of the transcript, in turn. */
    static final int FIRST = PARAGRAPHS / 2;
    static final int SPAN = 50;

    boolean ours;
    Backend backend;
    Scene scene;
    GenericStyledArea<?, ?, ?> area;
    Editor editor;
    long typed;
    int typedHere;
    int startOfTyping;
    boolean measuring;
    long[] samples = new long[1 << 20];
    /** The FX thread's CPU time for each measured keystroke (less sensitive to other load than {@link #samples}). */
    long[] cpuSamples = new long[1 << 20];
    int count;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    int maxPasses;
    /** keystrokeCheckedOurs: the Proofreading panel under the editor, the story checked as the user types. */
    org.newsdesk.ui.proof.ProofreadingViewModel proof;
    org.newsdesk.ui.proof.ProofreadingPane pane;
    /** Checks started while typing, and check results shown (each may restyle paragraphs). */
    int checksStarted;
    int checksShown;

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws IOException {
        FxHeadless.start();
        ours = isOurs(params);
        scene = newScene(ours);
        if (ours) {
            backend = new Backend();
            boolean checked = params.getBenchmark().endsWith("keystrokeCheckedOurs");
            FxHeadless.run(() -> {
                editor = backend.newEditor();
                Parent root = (Parent) editor.view().root();
                if (checked) {
                    proof = new org.newsdesk.ui.proof.ProofreadingViewModel(backend.tasks, backend.messages,
                            this::storyNow, () -> backend.folder, java.util.Set::of);
                    pane = new org.newsdesk.ui.proof.ProofreadingPane(proof, editor.view(), backend.messages);
                    root = pane.withTranscript(editor.view().root());
                    // measured with the panel open (its list shown), as a user who opened it types
                    pane.expandedProperty().set(true);
                }
                scene.setRoot(root);
                editor.viewModel().open(backend.story, backend.saver(backend.story), 0);
                area = editor.view().area();
                FxHeadless.cssAndLayout(scene);
            });
            if (checked) {
                underlinesDrawn();
            }
        } else {
            String text = Transcript.generateText();
            FxHeadless.run(() -> {
                StyleClassedTextArea bare = newBareArea();
                scene.setRoot(new VirtualizedScrollPane<>(bare));
                bare.replaceText(text);
                bare.moveTo(0);
                bare.requestFocus();
                area = bare;
                FxHeadless.cssAndLayout(scene);
            });
        }
        FxHeadless.settle(500);
        FxHeadless.run(() -> moveToNextParagraph());
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    /**
     * Every 25 keystrokes: take the typed characters out again and move to the next paragraph.
     * With proofreading, the whole story is checked again in the background every
     * {@value EditorBenchmarks#CHECK_EVERY} keystrokes while typing goes on (its underlines are
     * drawn on the FX thread between keystrokes), and once more in a pause before moving on.
     */
    @Setup(Level.Invocation)
    public void placeCaret() {
        if (typedHere >= PER_PARAGRAPH) {
            if (proof != null) {
                pauseForCheck();
            }
            FxHeadless.run(() -> {
                area.deleteText(startOfTyping, startOfTyping + typedHere);
                moveToNextParagraph();
            });
        } else if (proof != null && typedHere > 0 && typedHere % CHECK_EVERY == 0) {
            // checked while typing goes on: the result is drawn between keystrokes
            FxHeadless.run(() -> {
                proof.check();
                checksStarted++;
            });
        }
    }

    /**
     * The pause at the end of a sentence: the story is checked and its underlines drawn
     * before typing goes on (the typed characters moved the paragraph's later underlines).
     */
    private void pauseForCheck() {
        int shown = FxHeadless.call(() -> {
            proof.check();
            checksStarted++;
            return checksShown;
        });
        for (int waited = 0; waited < 3_000 && FxHeadless.call(() -> checksShown) == shown; waited++) {
            FxHeadless.settle(5);
        }
    }

    /**
     * Checks the story once and waits for its findings to be shown, then makes sure the
     * paragraphs typed into carry underlines: otherwise the benchmark would not measure
     * typing over findings being redrawn.
     */
    private void underlinesDrawn() {
        FxHeadless.run(() -> {
            proof.resultsShownProperty().addListener((o, was, now) -> checksShown++);
            proof.check();
        });
        for (int waited = 0; waited < 600 && FxHeadless.call(() -> proof.findings().isEmpty()); waited++) {
            FxHeadless.settle(100);
        }
        int findings = FxHeadless.call(() -> proof.findings().size());
        int underlined = FxHeadless.call(() -> {
            int n = 0;
            for (int p = FIRST; p < FIRST + SPAN; p++) {
                if (area.getParagraph(p).getStyledSegments().stream()
                        .anyMatch(seg -> seg.getStyle() instanceof org.newsdesk.ui.editor.TextStyle t && t.proof() != null)) {
                    n++;
                }
            }
            return n;
        });
        System.out.printf(Locale.ROOT, "EDITORBENCH proofreading set-up: %d findings, %d of the %d paragraphs typed into underlined%n",
                findings, underlined, SPAN);
        if (findings == 0 || underlined < SPAN) {
            throw new IllegalStateException("the sown findings are not underlined: " + findings + " findings, "
                    + underlined + " of " + SPAN + " paragraphs");
        }
    }

    /**
     * The open story as the window would proofread it: its transcript as typed, taken on the FX
     * thread and built where the check runs.
     */
    private java.util.function.Supplier<Story> storyNow() {
        Story loaded = editor.viewModel().storyProperty().get();
        var transcript = editor.viewModel().transcriptSnapshot();
        return () -> new Story(loaded.id(), loaded.slug(), loaded.status(), loaded.metadata(), loaded.speakers(),
                transcript.get(), loaded.revision(), loaded.version(), loaded.createdAt(), loaded.updatedAt());
    }

    private void moveToNextParagraph() {
        int paragraph = FIRST + (int) (typed / PER_PARAGRAPH % SPAN);
        int column = area.getParagraphLength(paragraph) / 2;
        area.moveTo(paragraph, column);
        area.requestFollowCaret();
        FxHeadless.cssAndLayout(scene);
        startOfTyping = area.getCaretPosition();
        typedHere = 0;
    }

    /** One keystroke as the keyboard delivers it, then layout; timed on the FX thread. */
    int keystroke() {
        return FxHeadless.call(() -> {
            String ch = String.valueOf(TYPED.charAt((int) (typed % TYPED.length())));
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            area.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
            int passes = FxHeadless.cssAndLayout(scene);
            long elapsed = System.nanoTime() - t0;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            if (area.getCaretPosition() != startOfTyping + typedHere + 1) {
                throw new IllegalStateException("the keystroke did not insert one character at the caret");
            }
            typed++;
            typedHere++;
            if (measuring && count < samples.length) {
                cpuSamples[count] = cpu;
                samples[count++] = elapsed;
            }
            maxPasses = Math.max(maxPasses, passes);
            return passes;
        });
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        String side = proof != null ? "ours+proofreading" : ours ? "ours" : "bare";
        int slow = 0;
        long max = 0;
        double sum = 0;
        for (int i = 0; i < count; i++) {
            if (samples[i] > SLOW_KEYSTROKE_NANOS) {
                slow++;
            }
            max = Math.max(max, samples[i]);
            sum += samples[i];
        }
        System.out.printf(Locale.ROOT,
                "EDITORBENCH keystroke %s (FX thread, measured iterations): n=%d mean=%.3f ms p50=%.3f ms p95=%.3f ms"
                        + " p99=%.3f ms max=%.3f ms over33ms=%d layoutPasses<=%d%n",
                side, count, sum / Math.max(1, count) / 1e6, SideBySide.quantile(samples, count, 0.50) / 1e6,
                SideBySide.quantile(samples, count, 0.95) / 1e6, SideBySide.quantile(samples, count, 0.99) / 1e6,
                max / 1e6, slow, maxPasses);
        System.out.printf(Locale.ROOT, "EDITORBENCH keystroke %s (FX thread CPU, measured iterations): mean=%.3f ms p50=%.3f ms"
                        + " p95=%.3f ms%n", side, java.util.Arrays.stream(cpuSamples, 0, count).average().orElse(0) / 1e6,
                SideBySide.quantile(cpuSamples, count, 0.50) / 1e6, SideBySide.quantile(cpuSamples, count, 0.95) / 1e6);
        FxHeadless.run(() -> System.out.println("EDITORBENCH keystroke " + side + ": " + describe(scene, area)));
        if (ours) {
            // what an autosave does on the FX thread besides the write: read the whole transcript
            long t0 = System.nanoTime();
            int n = FxHeadless.call(() -> TranscriptDocument.toModel(editor.view().area().getParagraphs()).size());
            System.out.printf(Locale.ROOT, "EDITORBENCH autosave snapshot (toModel of %d paragraphs, incl. FX hand-off): %.3f ms%n",
                    n, (System.nanoTime() - t0) / 1e6);
        }
        if (proof == null) {
            SideBySide.report("keystrokeP95", "ms", ours, SideBySide.quantile(samples, count, 0.95) / 1e6, KEYSTROKE_TARGET);
            SideBySide.report("keystrokeCpuP95", "ms", ours, SideBySide.quantile(cpuSamples, count, 0.95) / 1e6, KEYSTROKE_TARGET);
            SideBySide.exchange("keystrokeMax", ours, max / 1e6);
            SideBySide.exchange("keystrokeOver33", ours, slow);
        } else {
            System.out.printf(Locale.ROOT, "EDITORBENCH proofreading: %d findings listed at the end, %d checks started"
                            + " while typing, %d results shown, %d paragraphs restyled for underlines%n",
                    FxHeadless.call(() -> proof.findings().size()), checksStarted, checksShown,
                    FxHeadless.call(() -> pane.paragraphsRestyled()));
        }
        if (editor != null) {
            // saves what is pending and stops autosaving before the store closes
            FxHeadless.run(() -> editor.viewModel().close());
        }
        if (backend != null) {
            backend.close();
        }
    }
}
