package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSearchTest {

    @ParameterizedTest(name = "[{0}] in [{1}] regex={2} case={3}: {4} matches")
    @CsvSource(delimiter = '|', textBlock = """
            创业     | 大众创业、万众创新，创业者     | false | false | 2
            创        | 大众创业、万众创新，创业者     | false | false | 3
            a.c      | abc a.c                        | false | false | 1
            a.c      | abc a.c                        | true  | false | 2
            Host     | host HOST Host                 | false | false | 3
            Host     | host HOST Host                 | false | true  | 1
            \\d+年   | 2015年7月31日、2016年          | true  | false | 2
            x*       | abc                            | true  | false | 0
            """)
    void countsMatches(String query, String text, boolean regex, boolean matchCase, int expected) {
        assertThat(new TextSearch(query, regex, matchCase, "").findAll(text)).hasSize(expected);
    }

    @Test
    void plainReplacementIsTakenLiterally() {
        List<TextSearch.Match> matches = new TextSearch("年", false, false, "$1\\").findAll("2015年");
        assertThat(matches).containsExactly(new TextSearch.Match(4, 5, "$1\\"));
    }

    @Test
    void regexReplacementExpandsGroupsPerMatch() {
        List<TextSearch.Match> matches = new TextSearch("(\\d+)年(\\d+)月", true, false, "$2/$1")
                .findAll("2015年7月，2016年12月");
        assertThat(matches).extracting(TextSearch.Match::replacement).containsExactly("7/2015", "12/2016");
        assertThat(matches).extracting(TextSearch.Match::start).containsExactly(0, 8);
    }

    @Test
    void invalidExpressionSaysWhy() {
        assertThatThrownBy(() -> new TextSearch("(", true, false, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group");
    }

    @Test
    void replacementReferringToAMissingGroupIsRefused() {
        TextSearch search = new TextSearch("年", true, false, "$3");
        assertThatThrownBy(() -> search.findAll("2015年")).isInstanceOf(IllegalArgumentException.class);
    }
}
