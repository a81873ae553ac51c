package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.newsdesk.i18n.Messages;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Story;
import org.newsdesk.search.Highlight;
import org.newsdesk.search.SearchHit;
import org.newsdesk.search.SearchPage;
import org.newsdesk.workflow.metadata.HeadlinePreview;
import org.newsdesk.workflow.metadata.Problem;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessFailure;
import org.newsdesk.workflow.readiness.ReadinessReport;
import org.newsdesk.workflow.readiness.ReadinessTarget;
import org.newsdesk.workflow.status.StatusChange;

/** JSON the workflow commands print (added to the documented shapes; fields are only added). */
final class WorkflowJson {

    private WorkflowJson() {
    }

    /**
     * What {@code show --json} prints: the story, its status history (oldest first), its recording
     * (or null), its revisions (newest first) and its publications (oldest first), each with the
     * editor's name.
     */
    static ObjectNode storyForShow(Story story, List<StatusChange> history, org.newsdesk.model.MediaLink media,
                                   List<org.newsdesk.model.RevisionInfo> revisions,
                                   List<org.newsdesk.store.Publication> publications) {
        ObjectNode n = storyWithHistory(story, history);
        n.set("media", StoryJson.mediaNode(media));
        ArrayNode r = n.putArray("revisions");
        for (var info : revisions) {
            r.addObject().put("number", info.number()).put("by", info.savedBy()).put("at", info.savedAt().toString());
        }
        ArrayNode p = n.putArray("publications");
        for (var pub : publications) {
            p.addObject().put("revision", pub.revision()).put("target", pub.target()).put("by", pub.queuedBy())
                    .put("at", pub.queuedAt().toString())
                    .put("state", pub.state().name().toLowerCase(java.util.Locale.ROOT));
        }
        return n;
    }

    static ObjectNode storyWithHistory(Story story, List<StatusChange> history) {
        ObjectNode n = StoryJson.toNode(story);
        ArrayNode a = n.putArray("statusHistory");
        for (StatusChange c : history) {
            a.addObject().put("from", lower(c.from())).put("to", lower(c.to()))
                    .put("by", c.changedBy()).put("at", c.changedAt().toString()).put("reason", c.reason());
        }
        return n;
    }

    /** {@code meta --json}: id, slug, status, the metadata object and the portal preview. */
    static ObjectNode meta(Story story) {
        ObjectNode full = StoryJson.toNode(story);
        ObjectNode n = StoryJson.newArray().objectNode();
        n.put("id", story.id().toString());
        n.put("slug", story.slug());
        n.put("status", lower(story.status()));
        n.set("metadata", full.get("metadata"));
        ObjectNode preview = n.putObject("preview");
        preview.put("headline", HeadlinePreview.headline(story.metadata()));
        preview.put("metadataLine", HeadlinePreview.metadataLine(story.metadata(), HeadlinePreview.Script.TRADITIONAL));
        preview.put("kickerLine", HeadlinePreview.kickerLine(story.metadata()));
        return n;
    }

    static ObjectNode report(Story story, ReadinessReport report, Messages messages) {
        ObjectNode n = StoryJson.newArray().objectNode();
        n.put("id", story.id().toString());
        n.put("ready", report.ready());
        ArrayNode checks = n.putArray("checks");
        for (ReadinessCheck.Kind k : report.checks()) {
            checks.addObject().put("kind", lower(k)).put("passed", report.passed(k));
        }
        n.set("failures", failures(report.failures(), messages));
        return n;
    }

    static ArrayNode failures(List<ReadinessFailure> failures, Messages messages) {
        ArrayNode a = StoryJson.newArray();
        for (ReadinessFailure f : failures) {
            ObjectNode fn = a.addObject();
            fn.put("kind", lower(f.kind()));
            fn.put("messageKey", f.messageKey());
            fn.put("message", text(f, messages));
            ObjectNode t = fn.putObject("target");
            if (f.target() instanceof ReadinessTarget.Field field) {
                t.put("field", field.field().id());
            } else if (f.target() instanceof ReadinessTarget.InParagraph p) {
                t.put("paragraph", p.index()).put("paragraphId", p.paragraphId())
                        .put("offset", p.offset()).put("length", p.length());
            }
        }
        return a;
    }

    /**
     * What {@code search --json} prints: the page of hits, and whether the index held the whole
     * library ({@code complete}; while it is being built, {@code indexed} of {@code total} stories).
     */
    static ObjectNode search(SearchCommand.Answer answer) {
        ObjectNode n = search(answer.page());
        n.put("complete", answer.complete());
        n.put("indexed", answer.indexed());
        n.put("total", answer.total());
        return n;
    }

    static ObjectNode search(SearchPage page) {
        ObjectNode n = StoryJson.newArray().objectNode();
        n.put("query", page.query());
        n.put("page", page.page());
        n.put("pageSize", page.pageSize());
        n.put("totalHits", page.totalHits());
        n.put("exact", page.exact());
        ArrayNode hits = n.putArray("hits");
        for (SearchHit h : page.hits()) {
            ObjectNode hn = hits.addObject();
            hn.put("id", h.storyId().toString());
            hn.put("headline", h.headline());
            hn.put("score", h.score());
            ArrayNode hl = hn.putArray("highlights");
            for (Highlight x : h.highlights()) {
                ObjectNode xn = hl.addObject();
                xn.put("field", lower(x.field()));
                xn.put("text", x.text());
                xn.put("marked", x.marked("【", "】"));
                if (x.paragraphIndex() >= 0) {
                    xn.put("paragraph", x.paragraphIndex());
                }
                ArrayNode ranges = xn.putArray("matches");
                x.matches().forEach(r -> ranges.addArray().add(r.start()).add(r.end()));
            }
        }
        return n;
    }

    static String text(Problem p, Messages messages) {
        return p.describe(messages::get);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
