package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/**
 * The seed interview page as a story, read at test time from the shared folder (the text is
 * never copied into the repository): the headline is the line before the portal address, the
 * paragraphs are the lines after the 【…】 line up to 打印.
 */
final class SeedPage {

    private SeedPage() {
    }

    static List<String> lines() {
        String shared = System.getProperty("newsdesk.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("the system property newsdesk.shared.dir is not set (surefire sets it)");
        }
        try {
            return Files.readAllLines(Path.of(shared, "seed", "portal-page-example.txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String headline() {
        List<String> lines = lines();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("http")) {
                return lines.get(i - 1).strip();
            }
        }
        throw new IllegalStateException("no headline in the seed page");
    }

    static List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : lines()) {
            String t = line.strip();
            if (t.startsWith("打印")) {
                break;
            }
            if (in && !t.isEmpty()) {
                out.add(t);
            }
            if (t.startsWith("【")) {
                in = true;
            }
        }
        if (out.size() < 3) {
            throw new IllegalStateException("the seed page has no transcript: " + out);
        }
        return out;
    }

    static Story story() {
        List<Paragraph> ps = paragraphs().stream().map(Paragraph::narration).toList();
        return new Story(UUID.randomUUID(), "seed", Status.DRAFT, Metadata.withHeadline(headline()), List.of(), ps,
                0, 1, Instant.EPOCH, Instant.EPOCH);
    }

    static Story invented(String headline, String... paragraphs) {
        List<Paragraph> ps = List.of(paragraphs).stream().map(Paragraph::narration).toList();
        return new Story(UUID.randomUUID(), "story", Status.DRAFT, Metadata.withHeadline(headline), List.of(), ps,
                0, 1, Instant.EPOCH, Instant.EPOCH);
    }
}
