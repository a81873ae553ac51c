package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.model.SampleInterview;
import picocli.CommandLine;

/**
 * With less free space than the store needs for writing, reading still works: list, show,
 * search and export to another folder; a write says why it cannot be done.
 */
class LowDiskCliTest {

    private static final String FLOOR = "newsdesk.store.minFreeBytes";

    @TempDir
    Path dataDir;

    @TempDir
    Path usbStick;

    private Story story;

    @BeforeEach
    void storeThenALowDisk() {
        try (Store store = Store.open(dataDir)) {
            story = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
        }
        // as if the disk had less free than the floor: no disk has this much
        System.setProperty(FLOOR, Long.toString(Long.MAX_VALUE));
    }

    @AfterEach
    void restore() {
        System.clearProperty(FLOOR);
    }

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString()));
        all.addAll(List.of(args));
        int exit = cl.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void readingAndExportingElsewhereWorkWhileWritesSayWhy() throws Exception {
        Run list = run("list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains(SampleInterview.metadata().headline());

        Run show = run("show", story.id().toString());
        assertThat(show.exit()).as(show.err()).isZero();
        assertThat(show.out()).contains("乡村宽带");

        Run search = run("search", "宽带");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains(story.id().toString().substring(0, 8));

        Run export = run("export", story.id().toString(), "--out", usbStick.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        try (var written = Files.walk(usbStick)) {
            assertThat(written.anyMatch(p -> p.getFileName().toString().equals("index.html"))).isTrue();
        }
        // no revision could be kept, so the bundle's name says so instead of reusing a revision's name
        assertThat(export.err()).contains("-unsaved-v");
        try (var names = Files.list(usbStick)) {
            assertThat(names.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("-unsaved-v"));
        }

        Run create = run("new", "--headline", "写不进去的新稿");
        assertThat(create.exit()).isEqualTo(1);
        assertThat(create.err()).startsWith("newsdesk: ").contains("full").contains(dataDir.toString())
                .doesNotContain("Exception");

        System.clearProperty(FLOOR);
        assertThat(run("new", "--headline", "腾出空间以后").exit()).isZero();
    }
}
