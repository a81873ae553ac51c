package org.newsdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The portal channels of a bundle, read from its {@code article.json} (ninjs {@code subjects}
 * with {@code rel} "channel"), and their form in the {@code Newsdesk-Channels} request header:
 * each name percent-encoded in UTF-8, joined by commas (docs/portal-api.md).
 */
final class BundleChannels {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BundleChannels() {
    }

    /** The channels in the bundle's manifest, in order; empty when it names none or cannot be read. */
    static List<String> of(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry manifest = file.getEntry("article.json");
            if (manifest == null) {
                return List.of();
            }
            JsonNode root;
            try (InputStream in = file.getInputStream(manifest)) {
                root = MAPPER.readTree(in);
            }
            List<String> channels = new ArrayList<>();
            for (JsonNode s : root.path("subjects")) {
                if ("channel".equals(s.path("rel").asText()) && !s.path("name").asText().isEmpty()) {
                    channels.add(s.path("name").asText());
                }
            }
            return List.copyOf(channels);
        } catch (IOException e) {
            // the body itself is what counts; a missing header only loses the routing hint
            return List.of();
        }
    }

    /** {@code 天津, 要聞} as {@code %E5%A4%A9%E6%B4%A5,%E8%A6%81%E8%81%9E}: a header carries ASCII only. */
    static String header(List<String> channels) {
        List<String> encoded = new ArrayList<>(channels.size());
        for (String c : channels) {
            encoded.add(URLEncoder.encode(c, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join(",", encoded);
    }
}
