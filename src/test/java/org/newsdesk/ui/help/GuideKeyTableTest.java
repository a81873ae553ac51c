package org.newsdesk.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.actions.ActionRegistry;
import org.newsdesk.ui.actions.ActionSpec;

/**
 * The key table of every user guide is the registry's: a key added, moved or renamed in
 * {@link ActionRegistry} fails here until the guides are regenerated ({@link GuideKeyTable#main},
 * or this test with {@code -Dnewsdesk.guide.write=true}).
 */
class GuideKeyTableTest {

    @Test
    void everyGuideCarriesTheRegistrysKeys() throws IOException {
        if (Boolean.getBoolean("newsdesk.guide.write")) {
            System.out.println("Key tables rewritten: " + GuideKeyTable.write(GuideKeyTable.FOLDER));
        }
        for (var guide : GuideKeyTable.GUIDES.entrySet()) {
            String html = Files.readString(GuideKeyTable.FOLDER.resolve(guide.getValue()), StandardCharsets.UTF_8);
            Messages messages = new Messages(Locale.forLanguageTag(guide.getKey()));
            assertThat(GuideKeyTable.tableIn(html))
                    .as(guide.getValue() + ": the key table differs from ActionRegistry; run GuideKeyTable.main "
                            + "(or this test with -Dnewsdesk.guide.write=true) and commit the guides")
                    .isEqualTo(GuideKeyTable.table(messages));
        }
    }

    @Test
    void theTableHasOneRowPerKeyWithTheCommandsNameInTheGuidesLanguage() {
        Messages chinese = new Messages(Locale.forLanguageTag("zh-CN"));
        var rows = Jsoup.parse(GuideKeyTable.table(chinese)).select("table.keys tr");
        long withKeys = ActionRegistry.all().stream().filter(a -> a.accelerator() != null).count();
        assertThat(rows).hasSize((int) withKeys + 1);
        ActionSpec uncertain = ActionRegistry.find("menuUncertain").orElseThrow();
        assertThat(rows.stream().map(r -> r.text()))
                .contains(chinese.get(uncertain.menuKey()) + " " + chinese.get(uncertain.textKey()) + " Ctrl+Shift+K");
        assertThat(GuideKeyTable.keys("Shortcut+Slash")).isEqualTo("<kbd>Ctrl</kbd>+<kbd>/</kbd>");
    }

    @Test
    void aTableOutOfDateIsFoundAndRewritten() {
        String table = GuideKeyTable.table(new Messages(Locale.ENGLISH));
        String stale = "<p>before</p>\n" + GuideKeyTable.START + "\n<table><tr><td>old</td></tr></table>\n"
                + GuideKeyTable.END + "\n<p>after</p>";

        assertThat(GuideKeyTable.tableIn(stale)).isNotEqualTo(table);
        String fresh = GuideKeyTable.withTable(stale, table);
        assertThat(GuideKeyTable.tableIn(fresh)).isEqualTo(table);
        assertThat(fresh).startsWith("<p>before</p>").endsWith("<p>after</p>");
    }
}
