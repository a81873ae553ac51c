package org.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time per thread over a stretch of a run, added up by thread name (numbers in a name
 * dropped: "delivery-1" and "delivery-2" are one job). What no Java thread accounts for (the
 * compiler, the collector, the VM) is the process's CPU less their sum.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<String, Long> total = new TreeMap<>();
    private long process;
    private int stretches;
    private Map<Long, Long> startByThread;
    private Map<Long, String> names;
    private long processStart;

    /** Marks the start of a stretch. */
    void start() {
        names = new HashMap<>();
        startByThread = snapshot(names);
        processStart = RunFacts.cpu();
    }

    /** Ends the stretch begun by {@link #start}, adding its CPU per job to the totals. */
    void stop() {
        long processEnd = RunFacts.cpu();
        Map<Long, String> endNames = new HashMap<>();
        Map<Long, Long> end = snapshot(endNames);
        long threads = 0;
        for (Map.Entry<Long, Long> e : end.entrySet()) {
            long used = e.getValue() - startByThread.getOrDefault(e.getKey(), 0L);
            threads += used;
            total.merge(job(endNames.get(e.getKey())), used, Long::sum);
        }
        total.merge("(compiler, collector, VM)", (processEnd - processStart) - threads, Long::sum);
        process += processEnd - processStart;
        stretches++;
    }

    /** The mean CPU per stretch of each job, largest first, in milliseconds. */
    String perStretch() {
        StringBuilder out = new StringBuilder(String.format("process %.0f ms", process / 1e6 / stretches));
        total.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .filter(e -> Math.abs(e.getValue()) / stretches >= 1_000_000)
                .forEach(e -> out.append(String.format("; %s %.0f", e.getKey(), e.getValue() / 1e6 / stretches)));
        return out.toString();
    }

    private static Map<Long, Long> snapshot(Map<Long, String> names) {
        Map<Long, Long> cpu = new HashMap<>();
        for (ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (t != null) {
                long used = THREADS.getThreadCpuTime(t.getThreadId());
                if (used >= 0) {
                    cpu.put(t.getThreadId(), used);
                    names.put(t.getThreadId(), t.getThreadName());
                }
            }
        }
        return cpu;
    }

    private static String job(String threadName) {
        return threadName.replaceAll("\\d+", "N");
    }
}
