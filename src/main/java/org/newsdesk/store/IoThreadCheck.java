package org.newsdesk.store;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A check run before each store access and each delivery attempt. The application installs
 * none; a test installs one (META-INF/services) to prove that no such work runs on the
 * window's thread. With none installed the cost is a look at an empty list.
 */
public interface IoThreadCheck {

    /** @param what what is about to happen ("store read", "delivery to portal"), for the failure */
    void check(String what);

    /** Runs the installed checks. */
    static void before(String what) {
        for (IoThreadCheck c : Installed.CHECKS) {
            c.check(what);
        }
    }

    /** The checks found once, when first needed. */
    final class Installed {
        static final List<IoThreadCheck> CHECKS = ServiceLoader.load(IoThreadCheck.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        private Installed() {
        }
    }
}
