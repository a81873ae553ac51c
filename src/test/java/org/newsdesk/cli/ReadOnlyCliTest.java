package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.SmallDisk;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import picocli.CommandLine;

/**
 * The command line on a data folder that sits on a read-only mount (a real tmpfs remounted
 * read-only): list, show, search and export to another folder work; a write says the folder is
 * read-only and what to do, in one line, with exit code 1.
 */
@Tag("system")
class ReadOnlyCliTest {

    @TempDir
    Path elsewhere;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Path data, String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString(), "--lang", "en"), Stream.of(args))
                .toArray(String[]::new);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void readingCommandsWorkOnAReadOnlyDataFolderAndWritesSayWhy() throws Exception {
        try (SmallDisk disk = SmallDisk.mount("64m")) {
            Path data = disk.root().resolve("data");
            Story story;
            try (Store store = Store.open(data)) {
                story = store.stories().create(Metadata.withHeadline("只读文件夹里的访谈"), SampleInterview.speakers(),
                        SampleInterview.paragraphs());
            }
            disk.makeReadOnly();

            Run list = run(data, "list");
            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains(story.id().toString()).contains("只读文件夹里的访谈");

            Run show = run(data, "show", story.id().toString());
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.out()).contains(SampleInterview.paragraphs().get(0).text());

            String word = "宽带";
            Run search = run(data, "search", word);
            assertThat(search.exit()).as(search.err()).isZero();
            assertThat(search.out()).contains(story.id().toString());
            assertThat(search.err()).contains("read-only");

            Path out = elsewhere.resolve("bundles");
            Run export = run(data, "export", story.id().toString(), "--out", out.toString());
            assertThat(export.exit()).as(export.err()).isZero();
            try (Stream<Path> written = Files.walk(out)) {
                assertThat(written.filter(f -> f.toString().endsWith(".html")).count()).isPositive();
            }

            Run create = run(data, "new", "--headline", "写不进去的新稿");
            assertThat(create.exit()).isEqualTo(1);
            assertThat(create.err().lines()).hasSize(1);
            assertThat(create.err()).startsWith("newsdesk: ").contains("is read-only").contains(data.toString())
                    .contains("Make the folder writable").doesNotContain("Exception");

            try (Store reopened = Store.openForReading(data)) {
                assertThat(reopened.stories().list(false)).hasSize(1);
            }
        }
    }
}
