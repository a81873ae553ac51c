package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.newsdesk.ui.editor.EditorTypography;

/** The transcript's font settings become a stylesheet that cannot be broken out of. */
class EditorTypographyTest {

    @Test
    void lineHeightIsReachedByTheGapBetweenLines() {
        String css = new EditorTypography("Noto Sans CJK SC", 20, 1.7).css(23.0);

        assertThat(css).contains(".transcript-text { -fx-font-family: \"Noto Sans CJK SC\"; -fx-font-size: 20.0px; }");
        assertThat(css).contains("-fx-line-spacing: 11.0px;");
    }

    @Test
    void aLineHeightBelowTheFontsOwnAddsNoGap() {
        assertThat(new EditorTypography("Serif", 16, 1.0).css(22.0)).contains("-fx-line-spacing: 0.0px;");
    }

    @Test
    void aFamilyNameCannotCloseTheRule() {
        EditorTypography odd = new EditorTypography("Evil\"; } .root { -fx-rotate: 90; ", 16, 1.5);

        assertThat(odd.family()).doesNotContain("\"", ";", "{", "}");
        assertThat(odd.css(20).lines().filter(l -> l.contains("{"))).hasSize(3);
    }

    @Test
    void theStylesheetIsADataUriOfTheCss() {
        EditorTypography t = new EditorTypography("Noto Serif CJK TC", 18, 1.6);
        String uri = t.stylesheet(24);

        assertThat(uri).startsWith("data:text/css;base64,");
        String decoded = new String(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1)), StandardCharsets.UTF_8);
        assertThat(decoded).isEqualTo(t.css(24));
    }
}
