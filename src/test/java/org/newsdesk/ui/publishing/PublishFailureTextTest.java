package org.newsdesk.ui.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;

/** A failed publish reads in the editor's language, even when nobody foresaw the failure. */
class PublishFailureTextTest {

    @Test
    void anUnforeseenFailureIsNamedByItsKindNotByItsEnglishMessage() {
        IllegalStateException error = new IllegalStateException("the outbox file is busy");

        String chinese = PublishFailureText.describe(error, Messages.forTag("zh-CN"));
        String taiwan = PublishFailureText.describe(error, Messages.forTag("zh-TW"));
        String english = PublishFailureText.describe(error, new Messages(Locale.ENGLISH));

        assertThat(chinese).isEqualTo("Newsdesk 意外出错（IllegalStateException）；详情见日志文件。");
        assertThat(taiwan).contains("IllegalStateException").doesNotContain("busy").isNotEqualTo(chinese);
        assertThat(english).startsWith("Newsdesk failed unexpectedly (IllegalStateException)").doesNotContain("busy");
    }
}
