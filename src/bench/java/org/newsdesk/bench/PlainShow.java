package org.newsdesk.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The floor for {@code newsdesk show ID} as a whole process: plain JDBC on the same H2 file
 * with the store's URL settings; the story's headline and status, its speakers, and its
 * paragraphs in order, one line each.
 *
 * <pre>PlainShow DATA_FOLDER STORY_ID</pre>
 */
public final class PlainShow {

    private PlainShow() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0], "newsdesk").toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=0";
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        java.util.UUID id = java.util.UUID.fromString(args[1]);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (PreparedStatement s = c.prepareStatement("select headline, status, revision, source, editor from story where id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.println(r.getString(1));
                        out.println("id: " + id + "   status: " + r.getString(2).toLowerCase() + "   revision: " + r.getInt(3));
                        out.println("Source: " + r.getString(4) + "   Editor: " + r.getString(5));
                    }
                }
            }
            java.util.Map<String, String> names = new java.util.HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select speaker_key, label from speaker where story_id = ?")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        names.put(r.getString(1), r.getString(2));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("select speaker_key, body from paragraph where story_id = ? order by ord")) {
                s.setObject(1, id);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String who = r.getString(1) == null ? null : names.getOrDefault(r.getString(1), r.getString(1));
                        out.println(who == null ? r.getString(2) : who + "：" + r.getString(2));
                        out.println();
                    }
                }
            }
        }
        out.flush();
    }
}
