package org.newsdesk.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the window's process keeps its memory small without a heap limit of its own: the JVM
 * sizes its heap from the machine (a quarter of it at most), grows it while bulk work (an index
 * rebuild, a large import) makes garbage quickly, and by default keeps what it grew. The window
 * asks it, through the VM's manageable options, to keep at most 30 % of the heap free after a
 * collection (instead of 70 %) and, after a minute without a collection (the window idle), to
 * collect and hand what is free back to the system. Nothing is capped: a large import still gets
 * the heap it needs. A runtime without the HotSpot diagnostic bean (a trimmed image) keeps the
 * JVM's defaults.
 *
 * <p>Those options act only when the JVM collects the whole heap, which bulk work with a small
 * live set (an index rebuild of 100,000 stories: about 150 MB live) rarely makes it do, so the
 * heap it committed (measured: 4 GB on a loaded machine) stays. A watcher therefore looks at the
 * heap every few seconds: when more than {@link #COMMITTED_BUDGET} is committed while the last
 * full collection found less than {@link #LIVE_LIMIT} live, it asks for a full collection (at
 * most one per {@link #GC_PAUSE}), after which the JVM gives the free part back. When the live
 * set itself was larger (a huge import) it waits six times as long before it looks again.
 *
 * <p>The C heap (the VM's own structures, JavaFX and its toolkit) keeps what it freed, too:
 * after each of those collections and otherwise every {@link #TRIM_EVERY}, the watcher has the VM
 * hand the C heap's free memory back to the system (its {@code System.trim_native_heap} command,
 * JDK 17.0.9 and later; measured on a window at rest with 100,000 stories: 28 MB).
 */
final class HeapPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(HeapPolicy.class);

    /** The options, in an order each step is valid in (the least free ratio first). */
    private static final String[][] WINDOW = {
            {"MinHeapFreeRatio", "10"},
            {"MaxHeapFreeRatio", "30"},
            {"G1PeriodicGCInterval", "60000"},
    };

    /**
     * Committed heap above which a heap with a small live set is collected and shrunk; a JVM with
     * a lower ceiling (the window's own, {@link WindowJvm}) uses {@link #budget} of it instead.
     */
    static final long COMMITTED_BUDGET = 320L << 20;

    /** A live set this large is real need, not bloat: the watcher then does nothing. */
    static final long LIVE_LIMIT = 224L << 20;

    /** The least time between two collections the watcher asks for. */
    static final Duration GC_PAUSE = Duration.ofSeconds(10);

    private static final Duration LOOK_EVERY = Duration.ofSeconds(3);

    /** The longest time between two trims of the C heap. */
    static final Duration TRIM_EVERY = Duration.ofSeconds(60);

    private HeapPolicy() {
    }

    /** Applies the window's policy; what the VM does not offer is left as it is. */
    static void forWindow() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName hotspot = new ObjectName("com.sun.management:type=HotSpotDiagnostic");
            if (!server.isRegistered(hotspot)) {
                LOG.info("heap policy: no HotSpot diagnostic bean; JVM defaults kept");
                return;
            }
            for (String[] option : WINDOW) {
                try {
                    server.invoke(hotspot, "setVMOption", new Object[] {option[0], option[1]},
                            new String[] {String.class.getName(), String.class.getName()});
                } catch (JMException | RuntimeException e) {
                    LOG.info("heap policy: {} not set ({})", option[0], e.getMessage());
                }
            }
        } catch (JMException e) {
            LOG.info("heap policy: JVM defaults kept ({})", e.getMessage());
            return;
        }
        var watcher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heap-watch");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        HeapWatch watch = new HeapWatch();
        watcher.scheduleWithFixedDelay(watch::look, LOOK_EVERY.toMillis(), LOOK_EVERY.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** What the watcher remembers between looks: the live set after its last collection, and when that was. */
    private static final class HeapWatch {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private long liveAfterLast;
        private long lastGc = System.nanoTime() - GC_PAUSE.toNanos();
        private long lastTrim = System.nanoTime();
        private boolean canTrim = true;

        private final long budget = budget(Runtime.getRuntime().maxMemory());

        void look() {
            boolean collected = false;
            if (shouldCollect(memory.getHeapMemoryUsage().getCommitted(), budget, liveAfterLast,
                    System.nanoTime() - lastGc)) {
                System.gc();
                lastGc = System.nanoTime();
                liveAfterLast = memory.getHeapMemoryUsage().getUsed();
                collected = true;
            }
            if (canTrim && (collected || System.nanoTime() - lastTrim >= TRIM_EVERY.toNanos())) {
                canTrim = trimNativeHeap();
                lastTrim = System.nanoTime();
            }
        }
    }

    /**
     * Has the VM give the C heap's free memory back to the system; false when this VM has no
     * such command (before JDK 17.0.9, other VMs).
     */
    static boolean trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "systemTrimNativeHeap",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return true;
        } catch (JMException | RuntimeException e) {
            LOG.info("heap policy: the C heap is not trimmed ({})", e.getMessage());
            return false;
        }
    }

    /** The committed heap the watcher allows: {@link #COMMITTED_BUDGET}, or 70 % of a lower ceiling. */
    static long budget(long maxHeap) {
        return Math.min(COMMITTED_BUDGET, maxHeap / 10 * 7);
    }

    /** True when much is committed and the last collection is a while ago (longer when it found much live). */
    static boolean shouldCollect(long committed, long liveAfterLastCollection, long nanosSinceLastCollection) {
        return shouldCollect(committed, COMMITTED_BUDGET, liveAfterLastCollection, nanosSinceLastCollection);
    }

    static boolean shouldCollect(long committed, long budget, long liveAfterLastCollection, long nanosSinceLastCollection) {
        long wait = liveAfterLastCollection < LIVE_LIMIT ? GC_PAUSE.toNanos() : GC_PAUSE.toNanos() * 6;
        return committed > budget && nanosSinceLastCollection >= wait;
    }
}
