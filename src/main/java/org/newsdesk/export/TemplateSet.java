package org.newsdesk.export;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The page template and the files under {@code assets/} that every bundle carries.
 * Newsdesk ships them in {@code app-resources/templates/} (on the class path under
 * {@code org/newsdesk/export/templates/}); a newsroom restyles without a rebuild by
 * putting its own copies in {@code <dataFolder>/templates/}: a file there wins over the
 * shipped one of the same name, and extra files in {@code templates/assets/} (a logo)
 * are bundled too.
 *
 * <p>Pebble escapes every {@code {{ }}} for HTML by default; the templates never use
 * {@code | raw} except for the JSON-LD, which {@link JsonLd} makes safe for a script element.
 */
public final class TemplateSet {

    public static final String PAGE_TEMPLATE = "page.peb";
    public static final String DATA_FOLDER_DIR = "templates";
    static final String CLASSPATH_DIR = "org/newsdesk/export/templates";
    /** The assets Newsdesk ships; the page template refers to them by these names. */
    static final List<String> SHIPPED_ASSETS = List.of("assets/newsdesk-article.css", "assets/newsdesk-print.js");

    private final Path folder;
    private final PebbleEngine engine;

    private TemplateSet(Path folder) {
        this.folder = folder;
        List<Loader<?>> loaders = new ArrayList<>();
        if (folder != null) {
            // Pebble 4 confines a file loader to its base folder: an include cannot climb out of it
            FileLoader files = new FileLoader(folder.toString());
            files.setCharset("UTF-8");
            loaders.add(files);
        }
        ClasspathLoader shipped = new ClasspathLoader(TemplateSet.class.getClassLoader());
        shipped.setPrefix(CLASSPATH_DIR);
        shipped.setCharset("UTF-8");
        loaders.add(shipped);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .autoEscaping(true)
                .strictVariables(false)
                .newLineTrimming(false)
                .build();
    }

    public static TemplateSet shipped() {
        return new TemplateSet(null);
    }

    /** The shipped templates under the data folder's {@code templates/} (if that folder exists). */
    public static TemplateSet forDataFolder(Path dataFolder) {
        Path dir = dataFolder == null ? null : dataFolder.resolve(DATA_FOLDER_DIR);
        return new TemplateSet(dir != null && Files.isDirectory(dir) ? dir : null);
    }

    PebbleTemplate page() {
        try {
            return engine.getTemplate(PAGE_TEMPLATE);
        } catch (RuntimeException e) {
            throw new ExportException(ExportException.Problem.TEMPLATE_BROKEN, folder,
                    "The page template cannot be read: " + e.getMessage(), e);
        }
    }

    /** The asset files, by bundle path, sorted. */
    List<BundleFile> assets() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        for (String name : SHIPPED_ASSETS) {
            files.put(name, shippedAsset(name));
        }
        if (folder != null) {
            Path assets = folder.resolve("assets");
            if (Files.isDirectory(assets)) {
                try (Stream<Path> list = Files.list(assets)) {
                    for (Path p : list.sorted().toList()) {
                        String name = p.getFileName().toString();
                        if (Files.isRegularFile(p) && !name.startsWith(".") && BundlePaths.isSafeFileName(name)) {
                            files.put("assets/" + name, Files.readAllBytes(p));
                        }
                    }
                } catch (IOException e) {
                    throw new ExportException(ExportException.Problem.TEMPLATE_BROKEN, assets,
                            "The newsroom's assets cannot be read: " + e.getMessage(), e);
                }
            }
        }
        List<BundleFile> out = new ArrayList<>();
        files.forEach((name, bytes) -> out.add(new BundleFile(name, bytes)));
        return out;
    }

    private static byte[] shippedAsset(String name) {
        try (InputStream in = TemplateSet.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + CLASSPATH_DIR + "/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
