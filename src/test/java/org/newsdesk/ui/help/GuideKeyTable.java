package org.newsdesk.ui.help;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.actions.ActionRegistry;
import org.newsdesk.ui.actions.ActionSpec;

/**
 * The user guide's key table, made from {@link ActionRegistry}: every command that has a key,
 * menu by menu, in the guide's language. {@code main} writes it into the three guides between
 * the {@link #START} and {@link #END} markers; {@code GuideKeyTableTest} fails when a guide's
 * table is not what the registry says. To regenerate, run from the project folder
 * {@code ./mvnw test -Dtest=GuideKeyTableTest -Dnewsdesk.guide.write=true} (or this class's
 * {@code main} from the IDE) and commit the three guides.
 */
public final class GuideKeyTable {

    public static final String START = "<!-- key table: generated from ActionRegistry by GuideKeyTable, do not edit -->";
    public static final String END = "<!-- end of key table -->";
    /** The guides in the source tree, by the language tag of their messages. */
    public static final Map<String, String> GUIDES = Map.of("en", "guide_en.html", "zh-CN", "guide_zh_CN.html",
            "zh-TW", "guide_zh_TW.html");
    static final Path FOLDER = Path.of("src/main/resources/org/newsdesk/help");

    private GuideKeyTable() {
    }

    /** The table in the language of {@code messages}. */
    public static String table(Messages messages) {
        StringBuilder b = new StringBuilder();
        b.append("<table class=\"keys\">\n<tr><th>").append(messages.get("guide.keys.menu")).append("</th><th>")
                .append(messages.get("guide.keys.command")).append("</th><th>").append(messages.get("guide.keys.key"))
                .append("</th></tr>\n");
        ActionRegistry.byMenu().forEach((menu, actions) -> {
            for (ActionSpec a : actions) {
                if (a.accelerator() == null) {
                    continue;
                }
                b.append("<tr><td>").append(escape(messages.get(menu))).append("</td><td>")
                        .append(escape(messages.get(a.textKey()))).append("</td><td>").append(keys(a.accelerator()))
                        .append("</td></tr>\n");
            }
        });
        return b.append("</table>\n").toString();
    }

    /** {@code Shortcut+Shift+K} as the guide writes it: {@code <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>}. */
    static String keys(String accelerator) {
        StringBuilder b = new StringBuilder();
        for (String part : accelerator.split("\\+")) {
            if (!b.isEmpty()) {
                b.append('+');
            }
            b.append("<kbd>").append(escape(switch (part) {
                case "Shortcut" -> "Ctrl";
                case "Slash" -> "/";
                case "Comma" -> ",";
                case "Period" -> ".";
                default -> part;
            })).append("</kbd>");
        }
        return b.toString();
    }

    /** {@code html} with the block between the markers replaced by {@code table}. */
    public static String withTable(String html, String table) {
        int start = html.indexOf(START);
        int end = html.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the guide has no key table markers");
        }
        return html.substring(0, start + START.length()) + "\n" + table + html.substring(end);
    }

    /** The table now between the markers of {@code html}. */
    public static String tableIn(String html) {
        int start = html.indexOf(START);
        int end = html.indexOf(END);
        if (start < 0 || end < start) {
            return "";
        }
        return html.substring(start + START.length() + 1, end);
    }

    /** Writes the current table into every guide under {@code folder}; returns the guides that changed. */
    public static List<String> write(Path folder) throws IOException {
        List<String> changed = new java.util.ArrayList<>();
        for (var guide : GUIDES.entrySet()) {
            Path file = folder.resolve(guide.getValue());
            String html = Files.readString(file, StandardCharsets.UTF_8);
            String updated = withTable(html, table(new Messages(Locale.forLanguageTag(guide.getKey()))));
            if (!updated.equals(html)) {
                Files.writeString(file, updated, StandardCharsets.UTF_8);
                changed.add(guide.getValue());
            }
        }
        return changed;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : FOLDER;
        System.out.println("Key tables rewritten: " + write(folder));
    }
}
