package org.newsdesk.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * The floor for {@code newsdesk show ID} as a whole process: plain JDBC on the same H2 file
 * with the store's URL settings, the story's row and its paragraphs in order, one line each.
 *
 * <pre>PlainShow DATA_FOLDER STORY_ID</pre>
 */
public final class PlainShow {

    private PlainShow() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0], "newsdesk").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        UUID id = UUID.fromString(args[1]);
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (PreparedStatement s = c.prepareStatement("select slug, headline, status, revision from story where id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.println(r.getString(2) + "  " + r.getString(1) + "  " + r.getString(3).toLowerCase()
                                + "  r" + r.getInt(4));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select speaker_key, body from paragraph where story_id = ? order by ord")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.println((r.getString(1) == null ? "" : r.getString(1) + ": ") + r.getString(2));
                    }
                }
            }
        }
        out.flush();
    }
}
