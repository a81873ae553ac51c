package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Workspace;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import picocli.CommandLine;

/**
 * While another Newsdesk (the window) holds the data folder, commands that only read work on a copy of
 * what it has written and say so on stderr, in the --lang language; a write is refused as before, and the
 * folder is left as it was.
 */
class HeldFolderCliTest {

    @TempDir
    Path data;

    @TempDir
    Path out;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        CommandLine cl = NewsdeskCommand.create(Workspace.commandLine(), (d, lang, file) -> fail("must not open a window"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = Stream.concat(Stream.of("--data-dir", data.toString()), Stream.of(args)).toArray(String[]::new);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @Test
    void readingCommandsReadACopyWhileTheFolderIsHeldAndWritesAreRefused() throws IOException {
        Story story;
        try (Store store = Store.open(data)) {
            story = store.stories().create(Metadata.withHeadline("窗口开着时的访谈"), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
        }
        String tmp = System.getProperty("java.io.tmpdir");
        try (Store window = Store.open(data)) {
            Run list = run("--lang", "zh-CN", "list", "--json");
            Run show = run("--lang", "en", "show", story.id().toString());
            Run write = run("--lang", "en", "meta", story.id().toString(), "--set", "headline=改不了");

            assertThat(list.exit()).as(list.err()).isZero();
            assertThat(list.out()).contains(story.id().toString()).contains("窗口开着时的访谈");
            assertThat(list.err()).isEqualTo("newsdesk: 窗口正在使用此数据文件夹：以下是命令开始时窗口已保存的内容"
                    + "（正在输入、尚未保存的文字不包括在内）。" + System.lineSeparator());
            assertThat(show.exit()).as(show.err()).isZero();
            assertThat(show.out()).contains(SampleInterview.paragraphs().get(0).text());
            assertThat(show.err()).startsWith("newsdesk: the window has this data folder open");
            assertThat(write.exit()).isEqualTo(1);
            assertThat(write.err()).contains("Another Newsdesk is already using the data folder");
            assertThat(window.stories().find(story.id()).orElseThrow().metadata().headline()).isEqualTo("窗口开着时的访谈");
        }
        try (Stream<Path> left = Files.list(Path.of(tmp))) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith("newsdesk-reading-")
                    && p.toFile().lastModified() >= System.currentTimeMillis() - 600_000)).as("copies left behind").isEmpty();
        }
    }

    @Test
    void exportWhileTheFolderIsHeldUsesTheLastRevisionOrAnUnkeptNameAndLeavesTheStoreAsItWas() throws IOException {
        Story story;
        try (Store store = Store.open(data)) {
            story = store.stories().create(Metadata.withHeadline("导出时窗口开着"), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
            store.stories().saveRevision(story.id(), story.version(), "王编辑");
        }
        try (Store window = Store.open(data)) {
            Run kept = run("--lang", "en", "export", story.id().toString(), "--out", out.toString(), "--json");
            assertThat(kept.exit()).as(kept.err()).isZero();
            assertThat(kept.out()).contains("\"revision\" : 1").contains("-r1");
            assertThat(kept.err()).startsWith("newsdesk: the window has this data folder open")
                    .doesNotContain("without a revision number");

            long changed = window.stories().updateMetadata(story.id(), window.stories().version(story.id()),
                    Metadata.withHeadline("窗口里改过的标题"));
            Run unkept = run("--lang", "zh-CN", "export", story.id().toString(), "--out", out.toString());
            assertThat(unkept.exit()).as(unkept.err()).isZero();
            assertThat(unkept.err()).contains("不带版本号").contains("-unsaved-v" + changed);
            assertThat(window.stories().revisions(story.id())).as("no revision kept behind the window's back").hasSize(1);
        }
        try (Stream<Path> bundles = Files.list(out)) {
            assertThat(bundles.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.endsWith("-r1")).anyMatch(n -> n.contains("-unsaved-v"));
        }
    }
}
