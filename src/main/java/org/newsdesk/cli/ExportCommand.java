package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.ExportResult;
import org.newsdesk.export.ExportSummary;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.export.StoryPages;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
    "Export a story as a publishable HTML bundle: DIR/<slug>-r<revision>/ with index.html, assets/ and "
            + "article.json (and DIR/<slug>-r<revision>.zip with --zip). The same revision always gives the same bytes.",
    "A story that is not ready yet (draft or withdrawn) is exported all the same, with a warning on stderr."})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The story's id or a unique prefix of it.")
    String id;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the bundle into.")
    Path out;
    @Option(names = "--zip", description = "Also write the bundle as a .zip.")
    boolean zip;
    @Option(names = "--script", paramLabel = "as-is|hans|hant|hant-hk|both", defaultValue = "as-is",
            converter = ScriptConverterOption.class,
            description = "Script of the page: as written (default), Simplified, Traditional (Taiwan), Traditional "
                    + "(Hong Kong), or both "
                    + "(index.html and index.zh-Hant.html).")
    ScriptMode script;
    @Option(names = "--labels", paramLabel = "fullwidth|halfwidth|brackets|bold", defaultValue = "fullwidth",
            converter = LabelOption.class,
            description = "How speaker labels look: 主持人：(default), 主持人:, [主持人] or bold.")
    LabelStyle labels;
    @Option(names = "--timestamps", description = "Keep playback timestamps in the transcript.")
    boolean timestamps;
    @Option(names = "--as-written", description = "Keep a Traditional source's conversion errors (such as 提昇 for 提升) "
            + "in the Traditional page; by default they are corrected and listed.")
    boolean asWritten;
    @Option(names = "--revision", paramLabel = "N", description = "Export saved revision N instead of the current text "
            + "(which is kept as a new revision first when it changed since the last one).")
    Integer revision;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;
    @Option(names = "--format", paramLabel = "html|docx", defaultValue = "html",
            description = "html: the bundle (default); docx: a Word document DIR/<slug>-r<revision>.docx for the "
                    + "guest's office to review (read it back with the review command).")
    String format;

    @Override
    public Integer call() {
        StoryExporter exporter = StoryExporter.forDataFolder(root.dataFolder());
        Loaded loaded = loaded(exporter);
        Story story = loaded.story();
        PrintWriter err = spec.commandLine().getErr();
        String[] warning = {null};
        StoryExporter.unfinished(story).ifPresent(status -> {
            warning[0] = root.messages().get("export.warning.unfinished", story.id(),
                    root.messages().get("status." + status.name().toLowerCase(Locale.ROOT)));
            err.println(warning[0]);
            err.flush();
        });
        if ("docx".equalsIgnoreCase(format)) {
            return docx(exporter, loaded, warning[0]);
        }
        if (!"html".equalsIgnoreCase(format)) {
            throw new CommandLine.ParameterException(spec.commandLine(), root.messages().get("export.error.format", format));
        }
        ExportResult result;
        try {
            result = exporter.export(story, loaded.options(), out, zip);
        } catch (ExportException e) {
            throw new ExportFailed(ExportErrorText.describe(e, root.messages()), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(org.newsdesk.json.StoryJson.write(
                    ResultJson.export(story.id(), story.revision(), warning[0], result)));
            stdout.flush();
            return 0;
        }
        stdout.println(root.messages().get("export.done", result.folder()));
        if (result.zip() != null) {
            stdout.println(root.messages().get("export.zipDone", result.zip(), result.zipSha256()));
        }
        String fixes = ExportSummary.fixes(result.bundle(), root.messages());
        if (!fixes.isEmpty()) {
            stdout.println(fixes);
        }
        stdout.flush();
        return 0;
    }

    private Integer docx(StoryExporter exporter, Loaded loaded, String warning) {
        Story story = loaded.story();
        Path file;
        try {
            file = exporter.docx().export(story, loaded.options().labels(), out);
        } catch (ExportException e) {
            throw new ExportFailed(ExportErrorText.describe(e, root.messages()), e);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            var n = ResultJson.object();
            n.put("id", story.id().toString());
            n.put("revision", story.revision());
            n.put("format", "docx");
            n.put("file", file.toAbsolutePath().toString());
            n.put("warning", warning);
            stdout.println(org.newsdesk.json.StoryJson.write(n));
        } else {
            stdout.println(root.messages().get("export.done", file));
        }
        stdout.flush();
        return 0;
    }

    /** The story, and the options with its series links (looked up while the store is open). */
    private record Loaded(Story story, ExportOptions options) {
    }

    /**
     * The story as it is now, kept as a revision first (the last one when nothing changed): a
     * bundle's name carries its revision, so changed content never goes out under an old name.
     */
    private Story keptNow(Store store, java.util.UUID storyId) {
        Story current = store.stories().get(storyId);
        try {
            int number = store.stories().saveRevision(storyId, current.version(), root.editorName()).number();
            return store.stories().revision(storyId, number).withStatus(current.status());
        } catch (StoreException e) {
            boolean readOnly = e.problem() == StoreException.Problem.READ_ONLY;
            if (e.problem() != StoreException.Problem.DISK_FULL && !readOnly) {
                throw e;
            }
            // the data disk is full or read-only: the text still goes out (to another disk), under a name no revision has
            return unkept(current, readOnly ? "export.warning.unkeptReadOnly" : "export.warning.unkept");
        }
    }

    /**
     * On a copy of a folder the window holds: the last revision when the text has not changed since
     * (keeping a revision on the copy then writes nothing), else the current text under a name no revision
     * has, since the number the copy would give may name other content once the window keeps a revision.
     */
    private Story lastKeptOrUnkept(Store copy, java.util.UUID storyId) {
        Story current = copy.stories().get(storyId);
        int number = copy.stories().saveRevision(storyId, current.version(), root.editorName()).number();
        if (number == current.revision()) {
            return copy.stories().revision(storyId, number).withStatus(current.status());
        }
        return unkept(current, "export.warning.unkeptHeld");
    }

    private Story unkept(Story current, String warningKey) {
        String slug = current.slug() + "-unsaved-v" + current.version();
        PrintWriter err = spec.commandLine().getErr();
        err.println(root.messages().get(warningKey, slug));
        err.flush();
        return new Story(current.id(), slug, current.status(), current.metadata(), current.speakers(),
                current.paragraphs(), current.revision(), current.version(), current.createdAt(), current.updatedAt());
    }

    /**
     * The story from the data folder's store; while the window holds the folder, from a copy of what it has
     * written (a saved revision as it is; the current text only under a name no revision has, because a new
     * revision can only be kept by the store's owner).
     */
    private Loaded loaded(StoryExporter exporter) {
        try {
            return root.withStore(store -> load(store, exporter, false));
        } catch (StoreException e) {
            if (e.problem() != StoreException.Problem.LOCKED) {
                throw e;
            }
            return root.withStoreReading(store -> load(store, exporter, true));
        }
    }

    private Loaded load(Store store, StoryExporter exporter, boolean heldCopy) {
        var storyId = root.resolve(store, id);
        NewsroomBodyCommands.withBody(root, store, storyId); // a newsroom story's text, fetched if only listed here
        Story story = revision != null ? store.stories().revision(storyId, revision)
                : heldCopy ? lastKeptOrUnkept(store, storyId) : keptNow(store, storyId);
        ExportOptions options = new ExportOptions(script, labels, timestamps, null, !asWritten);
        return new Loaded(story, new StoryPages(exporter, store.library()).prepare(story, options));
    }

    static final class ScriptConverterOption implements CommandLine.ITypeConverter<ScriptMode> {
        @Override
        public ScriptMode convert(String value) {
            try {
                return ScriptMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class LabelOption implements CommandLine.ITypeConverter<LabelStyle> {
        @Override
        public LabelStyle convert(String value) {
            try {
                return LabelStyle.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Carries the localised message to the one-line error handler. */
    static final class ExportFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ExportFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
