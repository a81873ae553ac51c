package org.newsdesk.prefs;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.model.Metadata;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.signoff.ReviewChain;

/**
 * What an editor sets once and expects to stay: language, the name new stories carry,
 * how the transcript looks, where exports go, and the window's place. Missing or
 * unreadable values fall back to the defaults, so a file from an older or newer
 * Newsdesk always yields a complete record.
 *
 * @param language       UI language tag (en, zh-CN, zh-TW), blank for the system's
 * @param editorName     who this editor is: the editor of new stories, and the name recorded with each
 *                       revision, status change and publication
 * @param timeZone       time zone of new stories' publish time
 * @param fontFamily     transcript font family
 * @param fontSize       transcript font size in points
 * @param lineSpacing    transcript line height as a multiple of the font size
 * @param labelStyle     speaker label style proposed for exports
 * @param exportFolder   folder proposed for exports, blank for ~/Newsdesk/exports
 * @param channels       portal channels offered for stories
 * @param theme          light or dark
 * @param dataFolder     data folder to use from the next start, blank for the default
 * @param window         main window bounds and dividers
 * @param reviewChain    the newsroom's review chain (how many editors sign a story before it is Approved)
 */
public record Preferences(
        String language,
        String editorName,
        String timeZone,
        String fontFamily,
        double fontSize,
        double lineSpacing,
        LabelStyle labelStyle,
        String exportFolder,
        List<String> channels,
        Theme theme,
        String dataFolder,
        WindowLayout window,
        ReviewChain reviewChain) {

    public static final String DEFAULT_FONT = "Noto Sans CJK SC";
    public static final double DEFAULT_FONT_SIZE = 16;
    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 36;
    /** Chinese reads best with airier lines than Latin text (about 1.5 to 1.8). */
    public static final double DEFAULT_LINE_SPACING = 1.7;
    public static final double MIN_LINE_SPACING = 1.0;
    public static final double MAX_LINE_SPACING = 3.0;
    public static final List<String> LANGUAGES = List.of("", "en", "zh-CN", "zh-TW");

    public Preferences {
        language = language != null && LANGUAGES.contains(language) ? language : "";
        editorName = orEmpty(editorName).strip();
        timeZone = validZone(timeZone) ? timeZone : Metadata.DEFAULT_ZONE.getId();
        fontFamily = orEmpty(fontFamily).isBlank() ? DEFAULT_FONT : fontFamily.strip();
        fontSize = fontSize >= MIN_FONT_SIZE && fontSize <= MAX_FONT_SIZE ? fontSize : DEFAULT_FONT_SIZE;
        lineSpacing = lineSpacing >= MIN_LINE_SPACING && lineSpacing <= MAX_LINE_SPACING ? lineSpacing : DEFAULT_LINE_SPACING;
        labelStyle = labelStyle == null ? LabelStyle.FULLWIDTH : labelStyle;
        exportFolder = absoluteFolder(exportFolder) ? exportFolder.strip() : "";
        channels = channels == null ? ChannelList.DEFAULT.names() : new ChannelList(channels.stream()
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList()).names();
        theme = theme == null ? Theme.LIGHT : theme;
        dataFolder = absoluteFolder(dataFolder) ? dataFolder.strip() : "";
        window = window == null ? WindowLayout.NONE : window;
        reviewChain = reviewChain == null ? ReviewChain.ONE : reviewChain;
    }

    /** One review level (as before review chains were a preference). */
    public Preferences(String language, String editorName, String timeZone, String fontFamily, double fontSize,
                       double lineSpacing, LabelStyle labelStyle, String exportFolder, List<String> channels,
                       Theme theme, String dataFolder, WindowLayout window) {
        this(language, editorName, timeZone, fontFamily, fontSize, lineSpacing, labelStyle, exportFolder, channels,
                theme, dataFolder, window, ReviewChain.ONE);
    }

    public static Preferences defaults() {
        return new Preferences(null, null, null, null, 0, 0, null, null, null, null, null, null, null);
    }

    public static boolean validZone(String id) {
        if (id == null || id.isBlank()) {
            return false;
        }
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Whether {@code path} names an absolute folder path this system can use. */
    public static boolean absoluteFolder(String path) {
        if (path == null || path.isBlank()) {
            return false;
        }
        try {
            return Path.of(path.strip()).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The folder exports go to unless the editor picks another. */
    public Path exportFolderOr(Path home) {
        return exportFolder.isEmpty() ? home.resolve("Newsdesk").resolve("exports") : Path.of(exportFolder);
    }

    /** The metadata a new story starts with: this editor's name and time zone. */
    public Metadata newStoryMetadata() {
        return new Metadata("", "", "", "", "", List.of(), editorName, null, ZoneId.of(timeZone),
                List.of(), List.of(), null, "", null);
    }

    /** The chosen data folder, null when the default is wanted. */
    public Path dataFolderPath() {
        return dataFolder.isEmpty() ? null : Path.of(dataFolder);
    }

    public Preferences withWindow(WindowLayout value) {
        return new Preferences(language, editorName, timeZone, fontFamily, fontSize, lineSpacing, labelStyle,
                exportFolder, channels, theme, dataFolder, value, reviewChain);
    }

    public Preferences withEditorName(String value) {
        return new Preferences(language, value, timeZone, fontFamily, fontSize, lineSpacing, labelStyle,
                exportFolder, channels, theme, dataFolder, window, reviewChain);
    }

    public Preferences withExportFolder(String value) {
        return new Preferences(language, editorName, timeZone, fontFamily, fontSize, lineSpacing, labelStyle,
                value, channels, theme, dataFolder, window, reviewChain);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public Preferences withReviewChain(ReviewChain value) {
        return new Preferences(language, editorName, timeZone, fontFamily, fontSize, lineSpacing, labelStyle,
                exportFolder, channels, theme, dataFolder, window, value);
    }
}
