package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.ExportResult;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.export.SeriesNeighbours;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
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
    @Option(names = "--script", paramLabel = "as-is|hans|hant|both", defaultValue = "as-is",
            converter = ScriptConverterOption.class,
            description = "Script of the page: as written (default), Simplified, Traditional, or both "
                    + "(index.html and index.zh-Hant.html).")
    ScriptMode script;
    @Option(names = "--labels", paramLabel = "fullwidth|halfwidth|brackets|bold", defaultValue = "fullwidth",
            converter = LabelOption.class,
            description = "How speaker labels look: 主持人：(default), 主持人:, [主持人] or bold.")
    LabelStyle labels;
    @Option(names = "--timestamps", description = "Keep playback timestamps in the transcript.")
    boolean timestamps;
    @Option(names = "--revision", paramLabel = "N", description = "Export saved revision N instead of the current text.")
    Integer revision;
    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Loaded loaded = root.withStore(store -> load(store));
        Story story = loaded.story();
        PrintWriter err = spec.commandLine().getErr();
        String[] warning = {null};
        StoryExporter.unfinished(story).ifPresent(status -> {
            warning[0] = root.messages().get("export.warning.unfinished", story.id(),
                    root.messages().get("status." + status.name().toLowerCase(Locale.ROOT)));
            err.println(warning[0]);
            err.flush();
        });
        ExportOptions options = new ExportOptions(script, labels, timestamps, loaded.neighbours());
        ExportResult result;
        try {
            result = StoryExporter.forDataFolder(root.dataFolder()).export(story, options, out, zip);
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
        stdout.flush();
        return 0;
    }

    private record Loaded(Story story, SeriesNeighbours neighbours) {
    }

    private Loaded load(Store store) {
        var storyId = root.resolve(store, id);
        Story story = revision == null ? store.stories().get(storyId) : store.stories().revision(storyId, revision);
        Series series = story.metadata().series();
        if (series == null || series.id().isEmpty()) {
            return new Loaded(story, SeriesNeighbours.NONE);
        }
        String previous = null;
        String next = null;
        for (LibraryEntry e : store.library().seriesParts(series.id())) {
            Integer part = e.summary().part();
            if (part != null && part == series.part() - 1 && previous == null) {
                previous = e.summary().slug();
            } else if (part != null && part == series.part() + 1 && next == null) {
                next = e.summary().slug();
            }
        }
        return new Loaded(story, new SeriesNeighbours(previous, next));
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
