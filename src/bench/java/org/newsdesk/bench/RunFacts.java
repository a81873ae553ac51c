package org.newsdesk.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the newsroom probes print beside their figures: process CPU, the machine's load, and their own options. */
final class RunFacts {

    private RunFacts() {
    }

    /** CPU time of this process so far, in nanoseconds. */
    static long cpu() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The one-minute load average, as the kernel prints it. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        } catch (java.io.IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The number given as {@code prefix}N among the arguments (which may hold several words each), else {@code fallback}. */
    static int option(String[] args, String prefix, int fallback) {
        for (String a : args) {
            for (String part : a.split("\\s+")) {
                if (part.startsWith(prefix)) {
                    return Integer.parseInt(part.substring(prefix.length()));
                }
            }
        }
        return fallback;
    }
}
