package org.newsdesk.proof;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** Shared test helpers: stories from text, the seed page, findings of one category. */
final class Proofing {

    static final Proofreader READER = Proofreader.shipped();

    private Proofing() {
    }

    static List<Finding> of(List<Finding> findings, ProofCategory category) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category() == category) {
                out.add(f);
            }
        }
        return out;
    }

    static List<Finding> check(String text, boolean traditional, ProofCategory category) {
        return of(READER.checkText(text, traditional), category);
    }

    /** One narration paragraph a line. */
    static Story story(String headline, List<String> lines) {
        List<Paragraph> ps = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                ps.add(Paragraph.narration(line.strip()));
            }
        }
        return new Story(UUID.randomUUID(), "s", Status.DRAFT, Metadata.withHeadline(headline), List.of(), ps, 0, 0,
                Instant.EPOCH, Instant.EPOCH);
    }

    /** A file imported as the import dialog would, as a story. */
    static Story imported(Path file) {
        ImportPreview p = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        return new Story(UUID.randomUUID(), "s", Status.DRAFT, p.metadata(), p.roster(), p.paragraphs(), 0, 0,
                Instant.EPOCH, Instant.EPOCH);
    }

    static Path seed() {
        Path seed = Path.of(System.getProperty("newsdesk.shared.dir", "../shared"), "seed", "portal-page-example.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the shared seed page is absent: " + seed);
        return seed;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path resource(String name) {
        try {
            return Path.of(Proofing.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }
}
