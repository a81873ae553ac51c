package org.newsdesk.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The floor for {@code newsdesk list} as a whole process: plain JDBC on the same H2 file with
 * the store's URL settings, the same query, one line a story.
 *
 * <pre>PlainList DATA_FOLDER</pre>
 */
public final class PlainList {

    private PlainList() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0], "newsdesk").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, slug, headline, status, revision, updated_at from story"
                     + " where deleted_at is null order by updated_at desc")) {
            while (r.next()) {
                out.println(r.getString(1) + "  " + r.getString(4).toLowerCase() + "  r" + r.getInt(5) + "  "
                        + r.getString(3));
            }
        }
        out.flush();
    }
}
