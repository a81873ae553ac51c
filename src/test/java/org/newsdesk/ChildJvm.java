package org.newsdesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a child JVM on this test JVM's class path, for tests that need a process
 * of their own (to kill it, to hold a lock from outside, to measure its heap).
 *
 * <p>The children run with the quick compiler only ({@code -XX:TieredStopAtLevel=1}): their runs
 * are seconds long, too short for the optimizing compiler to pay back the CPU it spends, which
 * on two cores the other test JVM is waiting for. Without that compiler's escape analysis every
 * object lives on the heap, so a child's heap holds at least what the app's would.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java -cp <class path> -XX:TieredStopAtLevel=1 <options> <main> <args>}. */
    public static List<String> command(List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(options);
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }
}
