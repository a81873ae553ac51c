package org.newsdesk.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;

/** The outbox as JSON ({@code outbox --json}): fields are only ever added; enum values lower case. */
public final class OutboxJson {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private OutboxJson() {
    }

    public static ArrayNode entries(List<OutboxEntry> entries) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (OutboxEntry e : entries) {
            ObjectNode n = array.addObject();
            n.put("id", e.id());
            n.put("storyId", e.storyId().toString());
            n.put("revision", e.revision());
            n.put("sha256", e.sha256());
            n.put("target", e.target());
            n.put("slug", e.slug());
            n.put("headline", e.headline());
            n.put("state", e.state().name().toLowerCase(Locale.ROOT));
            n.put("attempts", e.attempts());
            // machine-read: the problem's code, and its text in English whatever the editor's language
            n.put("lastError", e.lastError() == null ? null : DeliveryProblem.describe(e.lastError(), ENGLISH));
            n.put("lastErrorCode", e.lastError() == null ? null
                    : DeliveryProblem.fromStored(e.lastError()).code().name().toLowerCase(Locale.ROOT));
            n.put("rejection", e.rejection() == null ? null : e.rejection().name().toLowerCase(Locale.ROOT));
            n.put("nextAttemptAt", time(e.nextAttemptAt()));
            n.put("createdAt", time(e.createdAt()));
            n.put("deliveredAt", time(e.deliveredAt()));
            // a scheduled entry: when it is released (its publish time or embargo); kept once released
            n.put("scheduledFor", time(e.state() == DeliveryState.SCHEDULED ? e.nextAttemptAt() : e.releaseAt()));
            n.put("embargoUntil", time(e.embargoUntil()));
        }
        return array;
    }

    public static ArrayNode targets(List<TargetSettings> targets) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (TargetSettings t : targets) {
            ObjectNode n = array.addObject();
            n.put("name", t.name());
            n.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
            n.put("location", t.location());
            n.put("username", t.username());
        }
        return array;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
