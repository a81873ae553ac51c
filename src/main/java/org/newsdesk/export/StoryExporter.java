package org.newsdesk.export;

import java.nio.file.Path;
import java.util.Optional;
import org.newsdesk.export.script.ConversionLists;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/**
 * "Export…": a story revision to a bundle folder and, if asked, its zip. Build it once
 * (the converter's dictionaries take a moment to index) and share it.
 */
public final class StoryExporter {

    private final BundleBuilder builder;
    private final BundleWriter writer;

    public StoryExporter(BundleBuilder builder, BundleWriter writer) {
        this.builder = builder;
        this.writer = writer;
    }

    /** Templates and conversion lists from the data folder where it has its own, else the shipped ones. */
    public static StoryExporter forDataFolder(Path dataFolder) {
        TemplateSet templates = TemplateSet.forDataFolder(dataFolder);
        ScriptConverter converter = new ScriptConverter(ConversionLists.forDataFolder(dataFolder));
        return new StoryExporter(new BundleBuilder(new PageRenderer(templates, converter), templates), new BundleWriter());
    }

    /** The .docx exporter for the guest's office's review, sharing this exporter's script converter. */
    public DocxExporter docx() {
        return new DocxExporter(builder.renderer().converter());
    }

    public PageRenderer renderer() {
        return builder.renderer();
    }

    /**
     * The status that makes an export worth a warning (a story not yet READY, or
     * withdrawn), or empty when the story may be exported without asking.
     */
    public static Optional<Status> unfinished(Story story) {
        return story.status() == Status.DRAFT || story.status() == Status.WITHDRAWN
                ? Optional.of(story.status()) : Optional.empty();
    }

    public ExportBundle bundle(Story story, ExportOptions options) {
        return builder.build(story, options);
    }

    /** Writes {@code <outDir>/<slug>-r<revision>/} and, with {@code zip}, {@code <slug>-r<revision>.zip}. */
    public ExportResult export(Story story, ExportOptions options, Path outDir, boolean zip) {
        ExportBundle bundle = builder.build(story, options);
        Path folder = writer.writeFolder(bundle, outDir);
        if (!zip) {
            return new ExportResult(bundle, folder, null, null);
        }
        byte[] bytes = BundleWriter.zipBytes(bundle);
        Path zipFile = writer.writeZip(bundle, outDir, bytes);
        return new ExportResult(bundle, folder, zipFile, BundleFile.sha256(bytes));
    }
}
