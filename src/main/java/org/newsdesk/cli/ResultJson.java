package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.newsdesk.export.ExportResult;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Status;
import org.newsdesk.sync.OutboxJson;
import org.newsdesk.sync.PassSummary;
import org.newsdesk.sync.Published;

/**
 * What {@code export}, {@code status}, {@code publish} and {@code sync} print with {@code --json}: one object
 * describing the result (fields are only ever added; enum values lower case; outbox entries as
 * {@code outbox --json} prints them).
 */
final class ResultJson {

    private ResultJson() {
    }

    static ObjectNode export(UUID storyId, int revision, String warning, ExportResult result) {
        ObjectNode n = object();
        n.put("id", storyId.toString());
        n.put("revision", revision);
        n.put("folder", result.folder().toAbsolutePath().toString());
        n.put("zip", result.zip() == null ? null : result.zip().toAbsolutePath().toString());
        n.put("zipSha256", result.zipSha256());
        n.put("warning", warning);
        return n;
    }

    static ObjectNode status(UUID storyId, Status status, List<OutboxEntry> queued) {
        ObjectNode n = object();
        n.put("id", storyId.toString());
        n.put("status", WorkflowJson.lower(status));
        n.set("queued", OutboxJson.entries(queued));
        return n;
    }

    static ObjectNode published(Published published) {
        ObjectNode n = object();
        n.put("id", published.storyId().toString());
        n.put("revision", published.revision());
        n.put("sha256", published.sha256());
        n.set("queued", OutboxJson.entries(published.entries()));
        return n;
    }

    static ObjectNode sync(PassSummary pass, ArrayNode attempts) {
        ObjectNode n = object();
        n.put("delivered", pass.delivered());
        n.put("failed", pass.failed());
        n.put("rejected", pass.rejected());
        n.put("allDelivered", pass.allDelivered());
        n.set("attempts", attempts);
        return n;
    }

    /** One delivery attempt: the entry after it, and what came of it. */
    static ObjectNode attempt(OutboxEntry entry, String outcome, String message) {
        ObjectNode n = (ObjectNode) OutboxJson.entries(List.of(entry)).get(0);
        n.put("outcome", outcome);
        n.put("message", message);
        return n;
    }

    static ObjectNode object() {
        return StoryJson.newArray().objectNode();
    }
}
