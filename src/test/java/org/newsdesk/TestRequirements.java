package org.newsdesk;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs beyond a JDK: the seed page in the shared folder beside the checkout
 * ({@link #SEED}), or programs and servers of the system ({@link #SYSTEM}). When it is absent the
 * test is skipped with the reason, which is also printed; with {@code -Dnewsdesk.tests.requireAll=true}
 * (CI sets it) the same absence fails the test instead, so CI runs everything.
 */
public final class TestRequirements {

    /** JUnit tag of tests that read the seed page from {@code ../shared/seed/}. */
    public static final String SEED = "seed";
    /** JUnit tag of tests that run programs or servers of the system (Apache, GNOME Keyring, ...). */
    public static final String SYSTEM = "system";
    /** The system property that turns every skip for a missing requirement into a failure. */
    public static final String REQUIRE_ALL = "newsdesk.tests.requireAll";
    /** The system property naming the shared folder (surefire sets it to {@code ../shared}). */
    public static final String SHARED_DIR = "newsdesk.shared.dir";

    /** Folders searched after {@code PATH}: system daemons live there and a user's PATH may lack them. */
    private static final List<String> SYSTEM_FOLDERS = List.of("/usr/sbin", "/sbin");

    private TestRequirements() {
    }

    /** True when a missing requirement must fail the test instead of skipping it. */
    public static boolean requireAll() {
        return Boolean.getBoolean(REQUIRE_ALL);
    }

    /**
     * Goes on when {@code present}; otherwise skips the test saying it needs {@code what}
     * (printed to the console too), or fails it under {@link #REQUIRE_ALL}.
     */
    public static void require(boolean present, String what) {
        if (present) {
            return;
        }
        String reason = "needs " + what;
        if (requireAll()) {
            fail(reason + " (-D" + REQUIRE_ALL + "=true turns this skip into a failure)");
        }
        System.out.println("[skipped] " + caller() + ": " + reason);
        Assumptions.abort(reason);
    }

    /** The seed page {@code ../shared/seed/portal-page-example.txt}; skips or fails when it is absent. */
    public static Path seedPage() {
        Path page = Path.of(System.getProperty(SHARED_DIR, "../shared"), "seed", "portal-page-example.txt");
        require(Files.isRegularFile(page), "the seed page " + page.toAbsolutePath().normalize()
                + " (the project's shared folder beside the checkout)");
        return page;
    }

    /**
     * The first of {@code names} found as an executable (an absolute path, or a name looked up in
     * {@code PATH}, then /usr/sbin and /sbin); skips or fails when none is.
     */
    public static String program(String why, String... names) {
        Optional<Path> found = find(names);
        require(found.isPresent(), String.join(" or ", names) + " (" + why + ")");
        return found.orElseThrow().toString();
    }

    /** Skips or fails unless every one of {@code names} is found as in {@link #program}. */
    public static void programs(String why, String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (find(name).isEmpty()) {
                missing.add(name);
            }
        }
        require(missing.isEmpty(), String.join(", ", missing) + " (" + why + ")");
    }

    /** Where the first of {@code names} is, if it is an executable anywhere we look. */
    public static Optional<Path> find(String... names) {
        for (String name : names) {
            if (name.contains(File.separator)) {
                Path p = Path.of(name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
                continue;
            }
            List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
            folders.addAll(SYSTEM_FOLDERS);
            for (String folder : folders) {
                if (folder.isEmpty()) {
                    continue;
                }
                Path p = Path.of(folder, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The test class and method that asked, for the printed line. */
    private static String caller() {
        for (StackTraceElement e : Thread.currentThread().getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("org.newsdesk.") && !c.equals(TestRequirements.class.getName()) && c.endsWith("Test")) {
                String method = e.getMethodName().replaceFirst("^lambda\\$(.*)\\$\\d+$", "$1");
                return c.substring(c.lastIndexOf('.') + 1) + "." + method;
            }
        }
        return "a test";
    }
}
