package org.newsdesk.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * JavaFX inside a benchmark fork: starts the toolkit once on Monocle's headless screen and
 * runs work on the FX thread, waiting for it. The system properties are also passed on the
 * fork's command line (see {@link EditorBenchmarks}); setting them here as well makes the
 * helper work however the JVM was started, as long as it happens before the toolkit starts.
 */
final class FxHeadless {

    private static final long TIMEOUT_SECONDS = 120;
    private static boolean started;

    private FxHeadless() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        CountDownLatch up = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(up::countDown);
        try {
            if (!up.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX toolkit did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Runs {@code work} on the FX thread and returns its result; its exceptions are rethrown. */
    static <T> T call(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer within " + TIMEOUT_SECONDS + " s", e);
        }
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * What a pulse does before it paints: CSS, then layout, repeated while a pass left the
     * scene needing layout again (a virtual flow may create cells during layout, and they
     * can ask for another pass). Returns how many passes it took. FX thread only.
     *
     * <p>The CSS pass is the pulse's own ({@code Scene.doCSSPass}): only nodes whose styles
     * are dirty (new cells, changed style classes or states) are styled. {@code root.applyCss()}
     * would style every node in the scene again at each call, a cost a real keystroke does not
     * have and that grows with the nodes on screen (the gutter, a findings list beside the text).
     */
    static int cssAndLayout(Scene scene) {
        Parent root = scene.getRoot();
        int passes = 0;
        do {
            cssPass(scene);
            root.layout();
            passes++;
        } while (root.isNeedsLayout() && passes < 8);
        return passes;
    }

    private static final java.lang.reflect.Method CSS_PASS = pulseCssPass();

    /** The pulse's CSS pass, or null where this JavaFX does not have it (then every node is styled). */
    private static java.lang.reflect.Method pulseCssPass() {
        try {
            java.lang.reflect.Method m = Scene.class.getDeclaredMethod("doCSSPass");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("EDITORBENCH note: no pulse CSS pass (" + e + "); styling the whole scene at each layout");
            return null;
        }
    }

    private static void cssPass(Scene scene) {
        if (CSS_PASS == null) {
            scene.getRoot().applyCss();
            return;
        }
        try {
            CSS_PASS.invoke(scene);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which CSS pass {@link #cssAndLayout} runs, for the benchmark's output. */
    static String cssPassKind() {
        return CSS_PASS == null ? "whole scene (applyCss)" : "dirty nodes only (the pulse's)";
    }

    /** Lets a few pulses run (rendering, pending runLater work such as background results). */
    static void settle(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run(() -> { });
    }
}
