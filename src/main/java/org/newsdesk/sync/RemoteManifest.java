package org.newsdesk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Which story and revision a manifest found on a target describes, from the
 * {@code newsdesk:story} and {@code newsdesk:revision} altIds that the export writes.
 */
record RemoteManifest(String storyId, int revision) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The manifest's story and revision, or empty when these bytes are no Newsdesk manifest. */
    static Optional<RemoteManifest> read(byte[] manifest) {
        try {
            JsonNode altIds = MAPPER.readTree(manifest).path("altIds");
            String story = null;
            Integer revision = null;
            for (JsonNode id : altIds) {
                String role = id.path("role").asText();
                if (role.equals("newsdesk:story")) {
                    story = id.path("value").asText();
                } else if (role.equals("newsdesk:revision")) {
                    revision = Integer.valueOf(id.path("value").asText());
                }
            }
            return story == null || revision == null ? Optional.empty() : Optional.of(new RemoteManifest(story, revision));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
