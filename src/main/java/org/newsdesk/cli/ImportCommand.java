package org.newsdesk.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.importer.ImportErrorText;
import org.newsdesk.importer.ImportException;
import org.newsdesk.importer.ImportFormat;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.ImportedStories;
import org.newsdesk.importer.PageFetcher;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import a transcript (.txt), Word file (.docx) or portal page (.html, or its text, "
        + "or its http/https address) as a new story and print its id. The same file or page a second time is refused "
        + "unless --again is given.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "FILE|URL")
    String source;
    @Option(names = "--format", paramLabel = "auto|text|docx|html", defaultValue = "auto",
            converter = FormatConverter.class,
            description = "What the file is (default: decided from its name and content).")
    ImportFormat format;
    @Option(names = "--encoding", paramLabel = "NAME",
            description = "Text encoding, e.g. UTF-8, GB18030, Big5 (default: detected).")
    String encoding;
    @Option(names = "--json", description = "Print the new story as JSON (the same as show --json).")
    boolean json;
    @Option(names = "--again", description = "Import even when the same file, page or address was imported before.")
    boolean again;

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(format, charset());
        String printed;
        try {
            // read and check the source before the store is opened: a bad file or page leaves no trace
            ImportPreview preview;
            ImportOrigin origin;
            if (PageFetcher.isAddress(source)) {
                PageFetcher.Page page = new PageFetcher().fetch(source, ImportProgress.NONE);
                preview = new StoryImporter().preview(page, options, ImportProgress.NONE);
                origin = ImportOrigin.ofPage(page);
            } else {
                Path file = Path.of(source);
                preview = new StoryImporter().preview(file, options, ImportProgress.NONE);
                origin = ImportOrigin.ofFile(file, preview);
            }
            printed = root.withStore(store -> {
                if (!again) {
                    ImportedStories.existing(store, origin).ifPresent(m -> {
                        throw new ImportFailed(root.messages().get("cli.import.duplicate", source, m.storyId(),
                                m.headline()), null);
                    });
                }
                Story story = ImportedStories.create(store, preview, origin);
                // exactly what `show --json` prints, status history included
                if (!json) {
                    return story.id().toString();
                }
                com.fasterxml.jackson.databind.node.ObjectNode node = ShowCommand.asJson(store, story);
                // what the import guessed, as the preview lists it
                node.set("notes", notes(preview));
                return StoryJson.write(node);
            });
        } catch (ImportException e) {
            throw new ImportFailed(ImportErrorText.describe(e, root.messages()), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(printed);
        out.flush();
        return 0;
    }

    private com.fasterxml.jackson.databind.node.ArrayNode notes(ImportPreview preview) {
        com.fasterxml.jackson.databind.node.ArrayNode a = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .arrayNode();
        for (org.newsdesk.importer.ImportNote n : preview.notes()) {
            com.fasterxml.jackson.databind.node.ObjectNode o = a.addObject();
            o.put("kind", n.kind().name().toLowerCase(java.util.Locale.ROOT));
            o.put("line", n.line());
            o.put("count", n.count());
            o.put("detail", n.detail());
            o.put("lowConfidence", n.lowConfidence());
            if (!n.speakerKey().isEmpty()) {
                o.put("speaker", n.speakerKey());
            }
            o.put("text", ImportErrorText.note(n, root.messages()));
        }
        return a;
    }

    private Charset charset() {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new ImportFailed(ImportErrorText.describe(
                    PageFetcher.isAddress(source)
                            ? ImportException.atAddress(ImportException.Problem.UNKNOWN_ENCODING, source, encoding, e)
                            : new ImportException(ImportException.Problem.UNKNOWN_ENCODING, Path.of(source), encoding),
                    root.messages()), e);
        }
    }

    /** auto, text, docx or html in any case; anything else is a usage error (exit 2). */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ImportFormat> {
        @Override
        public ImportFormat convert(String value) {
            try {
                return ImportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected auto, text, docx or html: " + value);
            }
        }
    }

    /** Carries the localised message to the one-line error handler. */
    static final class ImportFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ImportFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
