package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterCountTest {

    @ParameterizedTest(name = "[{0}] counts {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            主持人                          | 3
            乡村宽带建设                    | 6
            ，                              | 1
            。                              | 1
            ，。！？：「」『』【】          | 11
            「宽带」                        | 4
            Hello                           | 1
            Hello world                     | 2
            Hello, world!                   | 2
            "  Hello   world  "             | 2
            2015                            | 1
            2015年7月31日                   | 6
            5G网络                          | 3
            iPhone 6s                       | 2
            don't                           | 1
            e-mail                          | 1
            "   "                           | 0
            ""                              | 0
            主持人：Hello, 世界             | 7
            李主任说：“我们会继续努力。”    | 15
            主持人 李主任                   | 6
            こんにちは                      | 5
            ＡＢＣ                          | 3
            等等……                          | 4
            　　主持人                      | 3
            don’t                           | 1
            """)
    void counts(String text, int expected) {
        assertThat(CharacterCount.of(text)).isEqualTo(expected);
    }

    @Test
    void whitespaceAndLineBreaksDoNotCount() {
        assertThat(CharacterCount.of("主持人\n李主任\t好")).isEqualTo(7);
        assertThat(CharacterCount.of("主持人\r\n\r\n李主任")).isEqualTo(6);
    }

    @Test
    void composedAndDecomposedFormsCountTheSame() {
        String composed = "caf\u00e9 au lait";
        String decomposed = "cafe\u0301 au lait";
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(Normalizer.normalize(decomposed, Normalizer.Form.NFC)).isEqualTo(composed);

        assertThat(CharacterCount.of(composed)).isEqualTo(3);
        assertThat(CharacterCount.of(decomposed)).isEqualTo(3);
        // a combining accent inside a word must not split it
        assertThat(CharacterCount.of("re\u0301sume\u0301")).isEqualTo(1);
        assertThat(CharacterCount.of("r\u00e9sum\u00e9")).isEqualTo(1);
    }

    @Test
    void acceptsAnyCharSequence() {
        assertThat(CharacterCount.of(new StringBuilder("宽带 broadband"))).isEqualTo(3);
    }
}
