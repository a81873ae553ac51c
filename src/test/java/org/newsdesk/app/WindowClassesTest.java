package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The window's classes, loaded ahead while the store opens. */
class WindowClassesTest {

    /** Set by {@link Initialised}'s static initialiser. */
    static final AtomicBoolean INITIALISED = new AtomicBoolean();

    /** A class whose initialiser says when it ran. */
    static final class Initialised {
        static {
            INITIALISED.set(true);
        }
    }

    @Test
    void theListNamesTheMainViewTheEditorAndTheirControls() {
        List<String> names = WindowClasses.names();

        assertThat(names).contains("org.newsdesk.ui.main.MainView", "org.newsdesk.ui.editor.EditorView",
                "org.fxmisc.richtext.GenericStyledArea", "javafx.scene.control.skin.TabPaneSkin");
        assertThat(names).doesNotHaveDuplicates().allSatisfy(name -> assertThat(name).doesNotContain("/", "$$Lambda"));
    }

    @Test
    void nearlyEveryListedClassStillExists() {
        List<String> names = WindowClasses.names();

        // a renamed class is only passed over; a list this stale is written again (bench.WindowClassList)
        assertThat(WindowClasses.load(names)).isGreaterThan(names.size() * 9 / 10);
    }

    @Test
    void aClassIsLoadedWithoutRunningItsInitialiserAndAMissingOneIsPassedOver() {
        int loaded = WindowClasses.load(List.of("org.newsdesk.app.NoLongerThere", Initialised.class.getName()));

        assertThat(loaded).isEqualTo(1);
        assertThat(INITIALISED).as("nothing of the window's runs off the FX thread").isFalse();
    }
}
