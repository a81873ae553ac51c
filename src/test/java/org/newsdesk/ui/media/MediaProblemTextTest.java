package org.newsdesk.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.StoreException;

/** Media problems read as plain words in the user's language, never as a Java exception's text. */
class MediaProblemTextTest {

    private static final String JAVA_TEXT = "com.sun.media.jfxmedia.MediaException: Could not create player!";

    private static void plain(String shown, Messages messages) {
        assertThat(shown).doesNotContain("Exception", "Could not create player", "SQL", "java.", "null")
                .isNotBlank();
        if (!messages.locale().getLanguage().equals("en")) {
            // Chinese text, not an English fallback
            assertThat(shown.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(shown).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW", "zh-HK"})
    void everyRecordingProblemIsSaidInPlainWords(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        for (MediaProblem.Kind kind : MediaProblem.Kind.values()) {
            String shown = MediaProblemText.describe(new CompletionException(new MediaProblem(kind, JAVA_TEXT, null)),
                    "/media/访谈.mp3", "访谈.mp3", messages);
            plain(shown, messages);
            assertThat(shown).as(kind.name()).contains(kind == MediaProblem.Kind.NOT_A_FILE ? "/media/访谈.mp3" : "访谈.mp3");
        }
        plain(MediaProblemText.describe(new CompletionException(new NoSuchFileException("/x/y.mp3: java.nio")),
                "/x/y.mp3", "y.mp3", messages), messages);
        plain(MediaProblemText.describe(new IllegalStateException(JAVA_TEXT), "/x/y.mp3", "y.mp3", messages), messages);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW"})
    void aLinkThatCannotBeReadSaysSoWithoutTheDatabasesText(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        plain(MediaProblemText.link(new CompletionException(new StoreException(StoreException.Problem.FAILED,
                "org.h2.jdbc.JdbcSQLSyntaxErrorException: Table \"MEDIA\" not found; SQL statement")), messages), messages);
        plain(MediaProblemText.link(new IllegalStateException(JAVA_TEXT), messages), messages);
        String locked = MediaProblemText.link(new StoreException(StoreException.Problem.LOCKED, Path.of("/data/newsdesk"),
                "org.h2.mvstore.MVStoreException: The file is locked", null), messages);
        plain(locked, messages);
        assertThat(locked).contains("/data/newsdesk");
    }
}
