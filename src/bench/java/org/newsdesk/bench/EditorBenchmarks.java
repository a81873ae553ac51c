package org.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.TextExt;
import org.newsdesk.model.Story;
import org.newsdesk.store.StorySaver;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.editor.EditorViewModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.newsdesk.bench.EditorFixture.Backend;
import org.newsdesk.bench.EditorFixture.Editor;
import org.newsdesk.bench.EditorFixture.Transcript;

/**
 * The transcript editor against a bare RichTextFX area, on one long interview: 3,000
 * paragraphs of about 100 Chinese characters (about 300k characters), host and guest
 * alternating, generated from a fixed seed by {@link InterviewText}.
 *
 * <p><b>Ours</b> is what a user gets: an {@link EditorView} (our {@code TranscriptArea} in a
 * scroll pane, with the speaker gutter, the find bar and the change listeners) under the
 * app's theme and stylesheet, fed by {@link EditorViewModel#open} with a {@link StorySaver} on a real
 * store, so every keystroke restarts the autosave timer and autosaves really write.
 * <b>Bare</b> is a {@link StyleClassedTextArea} with wrapping on, in a
 * {@link VirtualizedScrollPane}, fed the same text as one string. So that both lay out the
 * same glyphs into the same number of lines, the bare area's text gets the transcript's
 * font (Noto Sans CJK SC, 16px) from a one-rule stylesheet; nothing else is styled.
 *
 * <p>JavaFX runs headless on Monocle in each fork; everything touching the scene runs on
 * the FX thread ({@link FxHeadless}); "layout" means CSS + layout passes until the scene is
 * clean, which is what a pulse does before painting. Each side runs in its own fork (the
 * suite runs one fork per benchmark), so the two areas never share a JVM.
 *
 * <p>Three comparisons:
 * <ul>
 * <li>{@code openOurs}/{@code openBare}: load the transcript into a fresh, empty editor and
 * lay it out (time per open).</li>
 * <li>{@code keystrokeOurs}/{@code keystrokeBare}: one CJK character typed as a KEY_TYPED
 * event in the middle of the transcript, then layout. A JMH operation is a batch of 60
 * keystrokes (SingleShotTime), so the suite's table shows the time per 60 keystrokes and
 * its ratio is the ratio of the means, and every run measures 300 keystrokes however slow
 * the machine is (SampleTime, whose sample count depends on the iteration time, measured
 * only 38 under load). The p95 comes from each fork timing every measured keystroke on
 * the FX thread itself, from just before the key event to the end of layout: that leaves
 * out the hand-off from the benchmark thread and any pulse or autosave the FX thread was
 * busy with when the request arrived, which a JMH sample would add at random. Each fork
 * prints p50/p95/p99/max and how many keystrokes took over 33 ms, and the second side of
 * the pair prints the p95 ratio ({@code EDITORBENCH} lines).</li>
 * <li>{@code retainedHeapOurs}/{@code retainedHeapBare}: heap still used, after full GCs,
 * with the transcript open (including the model the editor holds), minus the heap before
 * the editor was created. JMH's score for these is only the time the measurement took;
 * the figures are the {@code EDITORBENCH retainedHeap} lines.</li>
 * </ul>
 */
@Fork(value = 1, jvmArgsPrepend = {
    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
    "-Djava.awt.headless=true", "-Dtestfx.headless=true"})
public class EditorBenchmarks {

    static final int PARAGRAPHS = 3_000;
    static final long SEED = 20_240_611L;
    static final int WIDTH = 1280;
    static final int HEIGHT = 800;
    static final double KEYSTROKE_TARGET = 1.15;
    static final double HEAP_TARGET = 1.5;
    /** One frame at 30 fps: a keystroke slower than this is visible as lag. */
    static final long SLOW_KEYSTROKE_NANOS = TimeUnit.MILLISECONDS.toNanos(33);

    private static final String APP_CSS = "/org/newsdesk/ui/newsdesk.css";
    /** The bare area's only styling: the transcript's font, so both lay out the same lines. */
    private static final String BARE_CSS = ".styled-text-area .text { -fx-font-family: \"Noto Sans CJK SC\"; -fx-font-size: 16px; }";
    /**
     * Proofreading findings sown into every paragraph typed into, the same on every side: a
     * conversion error and a half-width comma before the caret, a typo (己經) and another
     * conversion error after it, so typing moves the later underlines and each check redraws them.
     */
    static final String SOWN_BEFORE = "我們抽調精乾人員,";
    static final String SOWN_AFTER = "這項工作己經完成,提昇了效率。";
    /** With proofreading: the story is checked again after every this many keystrokes (a short pause in typing). */
    static final int CHECK_EVERY = 5;
    /**
     * Common characters to type, with a half-width comma every 16: each paragraph's 25 keystrokes
     * type at least one, a finding the check underlines (and takes away again once the typed
     * characters are deleted), so with proofreading the paragraph typed into is restyled.
     */
    static final String TYPED = "的一是在不了有和人這中大為上個,國我以要他時來用們生到作地於出,就分對成會可也你說年發展科技創,新企業";


    /** A stage with one scene of the main window's size, styled like ours or like the bare side. */
    static Scene newScene(boolean ours) {
        return FxHeadless.call(() -> {
            Scene scene = new Scene(new Pane(), WIDTH, HEIGHT);
            if (ours) {
                // the app's theme defines the looked-up colours our stylesheet uses; without it
                // every new node logged a CSS warning and ours measured the logging
                javafx.application.Application.setUserAgentStylesheet(
                        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
                scene.getStylesheets().add(EditorBenchmarks.class.getResource(APP_CSS).toExternalForm());
            } else {
                scene.getStylesheets().add("data:text/css;base64,"
                        + Base64.getEncoder().encodeToString(BARE_CSS.getBytes(StandardCharsets.UTF_8)));
            }
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return scene;
        });
    }

    static StyleClassedTextArea newBareArea() {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setWrapText(true);
        return area;
    }

    static boolean isOurs(BenchmarkParams params) {
        return params.getBenchmark().endsWith("Ours");
    }

    /** Font and line facts of the first text node shown, to check both sides render alike. */
    static String describe(Scene scene, GenericStyledArea<?, ?, ?> area) {
        Text first = null;
        for (Node n : area.lookupAll("*")) {
            if (n instanceof TextExt t && !t.getText().isEmpty()) {
                first = t;
                break;
            }
        }
        return String.format(Locale.ROOT, "%d paragraphs, %d chars, font %s, viewport %.0fx%.0f, %d nodes in the scene,"
                        + " CSS pass: %s",
                area.getParagraphs().size(), area.getLength(),
                first == null ? "-" : first.getFont().getName() + " " + first.getFont().getSize(),
                area.getWidth(), area.getHeight(), scene.getRoot().lookupAll("*").size(), FxHeadless.cssPassKind());
    }

    // ------------------------------------------------------------------ open

    @State(Scope.Benchmark)
    public static class OpenState {
        boolean ours;
        Transcript transcript;
        Backend backend;
        StorySaver saver;
        Scene scene;
        Editor editor;
        StyleClassedTextArea bare;

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) throws IOException {
            FxHeadless.start();
            ours = isOurs(params);
            if (ours) {
                backend = new Backend();
                transcript = new Transcript(backend.story);
                saver = backend.saver(backend.story);
            } else {
                transcript = new Transcript(Transcript.generate(java.util.UUID.randomUUID()));
            }
            scene = newScene(ours);
            System.out.printf(Locale.ROOT, "EDITORBENCH transcript: %d paragraphs, %d characters%n",
                    transcript.story.paragraphs().size(), transcript.characters);
        }

        /** A fresh, empty editor in the scene, laid out, and a GC so the last one's garbage is gone. */
        @Setup(Level.Invocation)
        public void freshEditor() {
            FxHeadless.run(() -> {
                if (ours) {
                    editor = backend.newEditor();
                    scene.setRoot((Parent) editor.view().root());
                } else {
                    bare = newBareArea();
                    scene.setRoot(new VirtualizedScrollPane<>(bare));
                }
                FxHeadless.cssAndLayout(scene);
            });
            System.gc();
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            FxHeadless.run(() -> System.out.println("EDITORBENCH open " + (ours ? "ours" : "bare") + ": "
                    + describe(scene, ours ? editor.view().area() : bare)));
            if (backend != null) {
                backend.close();
            }
        }
    }

    /** Opens the story as the main window does (view model, then the view's listener) and lays it out. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int openOurs(OpenState s) {
        return FxHeadless.call(() -> {
            s.editor.viewModel().open(s.transcript.story, s.saver, 0);
            return FxHeadless.cssAndLayout(s.scene);
        });
    }

    /** The same text as one string into the bare area, caret to the start, laid out. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int openBare(OpenState s) {
        return FxHeadless.call(() -> {
            s.bare.replaceText(s.transcript.text);
            s.bare.moveTo(0);
            s.bare.requestFollowCaret();
            return FxHeadless.cssAndLayout(s.scene);
        });
    }

    // ------------------------------------------------------------------ keystroke

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(batchSize = TypingState.BATCH)
    @Measurement(batchSize = TypingState.BATCH)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int keystrokeOurs(TypingState s) {
        return s.keystroke();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(batchSize = TypingState.BATCH)
    @Measurement(batchSize = TypingState.BATCH)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int keystrokeBare(TypingState s) {
        return s.keystroke();
    }

    /** {@link #keystrokeOurs} with the Proofreading panel under the editor and the story checked while typing. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(batchSize = TypingState.BATCH)
    @Measurement(batchSize = TypingState.BATCH)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int keystrokeCheckedOurs(TypingState s) {
        return s.keystroke();
    }

    // ------------------------------------------------------------------ retained heap

    @State(Scope.Benchmark)
    public static class HeapState {
        boolean ours;
        Backend backend;
        Scene scene;
        boolean measuring;
        /** The editor last measured, held strongly until the next measurement starts. */
        Object held;
        final List<Long> retained = new ArrayList<>();

        @Setup(Level.Trial)
        public void setUp(BenchmarkParams params) throws IOException {
            FxHeadless.start();
            ours = isOurs(params);
            if (ours) {
                backend = new Backend();
            }
            scene = newScene(ours);
        }

        @Setup(Level.Iteration)
        public void iteration(IterationParams params) {
            measuring = params.getType() == IterationType.MEASUREMENT;
        }

        long measure() {
            FxHeadless.run(() -> scene.setRoot(new Pane()));
            held = null;
            FxHeadless.settle(300);
            long before = usedAfterGc();
            if (ours) {
                held = FxHeadless.call(() -> {
                    // a freshly read story, as the main window gets it from the store
                    Story story = Transcript.generate(backend.story.id());
                    Editor editor = backend.newEditor();
                    scene.setRoot((Parent) editor.view().root());
                    editor.viewModel().open(story, backend.saver(story), 0);
                    FxHeadless.cssAndLayout(scene);
                    return editor;
                });
            } else {
                held = FxHeadless.call(() -> {
                    StyleClassedTextArea bare = newBareArea();
                    scene.setRoot(new VirtualizedScrollPane<>(bare));
                    bare.replaceText(Transcript.generateText());
                    bare.moveTo(0);
                    bare.requestFollowCaret();
                    FxHeadless.cssAndLayout(scene);
                    return bare;
                });
            }
            // pulses paint, and our side's background count reports back
            FxHeadless.settle(300);
            long delta = usedAfterGc() - before;
            if (measuring) {
                retained.add(delta);
            }
            return delta;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            List<Long> sorted = new ArrayList<>(retained);
            sorted.sort(null);
            double median = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2) / 1048576.0;
            StringBuilder all = new StringBuilder();
            for (long r : retained) {
                all.append(String.format(Locale.ROOT, " %.1f", r / 1048576.0));
            }
            System.out.println("EDITORBENCH retainedHeap " + (ours ? "ours" : "bare") + " per measured iteration (MiB):" + all);
            SideBySide.report("retainedHeapMiB", "MiB", ours, median, HEAP_TARGET);
            held = null;
            if (backend != null) {
                backend.close();
            }
        }
    }

    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long retainedHeapOurs(HeapState s) {
        return s.measure();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long retainedHeapBare(HeapState s) {
        return s.measure();
    }
}
