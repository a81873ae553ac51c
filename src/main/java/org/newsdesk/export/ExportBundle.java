package org.newsdesk.export;

import java.util.List;
import java.util.Optional;

/**
 * A bundle in memory: its name ({@code <slug>-r<revision>}) and its files, sorted by
 * path. Writing it as a folder or a zip adds nothing that is not in here, so the same
 * bundle always gives the same bytes.
 *
 * @param conversionFixes the conversion errors corrected in the Traditional page ("乾事創業 → 幹事創業"), for the
 *                        export summary; empty when none were (or the export was as written)
 */
public record ExportBundle(String name, List<BundleFile> files, List<String> conversionFixes) {

    public ExportBundle {
        files = files.stream().sorted(java.util.Comparator.comparing(BundleFile::path)).toList();
        conversionFixes = conversionFixes == null ? List.of() : List.copyOf(conversionFixes);
    }

    public ExportBundle(String name, List<BundleFile> files) {
        this(name, files, List.of());
    }

    public Optional<BundleFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
