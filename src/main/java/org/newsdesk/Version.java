package org.newsdesk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Newsdesk version, written into the build by Maven. */
public final class Version {

    private Version() {
    }

    public static String current() {
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
