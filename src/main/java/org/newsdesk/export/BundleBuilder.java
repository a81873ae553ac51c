package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.export.script.Script;
import org.newsdesk.model.Story;

/** Builds a story revision's bundle in memory: pages, assets and the manifest over them. */
public final class BundleBuilder {

    public static final String PAGE = "index.html";
    /** The second page of a {@link ScriptMode#BOTH} export. */
    public static final String TRADITIONAL_PAGE = "index.zh-Hant.html";

    private final PageRenderer renderer;
    private final TemplateSet templates;
    private final ManifestWriter manifest = new ManifestWriter();

    public BundleBuilder(PageRenderer renderer, TemplateSet templates) {
        this.renderer = renderer;
        this.templates = templates;
    }

    public PageRenderer renderer() {
        return renderer;
    }

    public ExportBundle build(Story story, ExportOptions options) {
        String name = BundlePaths.bundleName(story, options);
        List<Script> scripts = options.script().targets();
        List<ManifestWriter.Page> pages = new ArrayList<>();
        Story primary = null;
        Script primaryScript = null;
        List<String> fixes = List.of();
        if (scripts.isEmpty()) {
            Script written = ScriptedStory.guess(story, renderer.converter());
            primary = story;
            primaryScript = written;
            pages.add(page(PAGE, story, written, options));
        } else {
            for (int i = 0; i < scripts.size(); i++) {
                Script script = scripts.get(i);
                Story source = story;
                if (script.traditional() && options.fixConversion()) {
                    ConversionCorrection.Result corrected = ConversionCorrection.correct(story);
                    source = corrected.story();
                    fixes = corrected.fixes();
                }
                Story converted = ScriptedStory.convert(source, script, renderer.converter());
                if (i == 0) {
                    primary = converted;
                    primaryScript = script;
                }
                pages.add(page(i == 0 ? PAGE : TRADITIONAL_PAGE, converted, script, options));
            }
        }
        List<BundleFile> assets = templates.assets();
        List<BundleFile> files = new ArrayList<>();
        pages.forEach(p -> files.add(p.file()));
        files.addAll(assets);
        files.add(BundleFile.text(ManifestWriter.FILE_NAME, manifest.write(primary, pages, assets,
                renderer.corrections(options, primaryScript))));
        return new ExportBundle(name, files, fixes);
    }

    private ManifestWriter.Page page(String path, Story story, Script script, ExportOptions options) {
        String html = renderer.render(story, script, options);
        return new ManifestWriter.Page(BundleFile.text(path, html), script.languageTag(),
                PageRenderer.headlineLine(story.metadata()));
    }
}
