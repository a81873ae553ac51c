package org.newsdesk.export;

import java.util.List;
import java.util.Optional;

/**
 * A bundle in memory: its name ({@code <slug>-r<revision>}) and its files, sorted by
 * path. Writing it as a folder or a zip adds nothing that is not in here, so the same
 * bundle always gives the same bytes.
 */
public record ExportBundle(String name, List<BundleFile> files) {

    public ExportBundle {
        files = files.stream().sorted(java.util.Comparator.comparing(BundleFile::path)).toList();
    }

    public Optional<BundleFile> file(String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst();
    }
}
