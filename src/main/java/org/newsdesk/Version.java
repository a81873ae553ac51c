package org.newsdesk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The Newsdesk version: the installed package's version when started by an installer's
 * launcher (jpackage names it in {@value #PACKAGE_VERSION}: 0.1.0 for a 0.1.0-SNAPSHOT build),
 * else the version Maven wrote into the build.
 */
public final class Version {

    /** The system property jpackage's launchers set to the package's version. */
    static final String PACKAGE_VERSION = "jpackage.app-version";

    private Version() {
    }

    public static String current() {
        String packaged = System.getProperty(PACKAGE_VERSION);
        if (packaged != null && !packaged.isBlank()) {
            return packaged;
        }
        try (InputStream in = Version.class.getResourceAsStream("/org/newsdesk/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
