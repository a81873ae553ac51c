package org.newsdesk.cli;

import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Story;
import org.newsdesk.sync.Published;
import org.newsdesk.workflow.metadata.PortalTime;
import org.newsdesk.workflow.status.StatusChangeRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "publish", description = {"Publish an Approved story: it moves to Published and is exported and queued "
        + "in the outbox for delivery (all targets, or those named). A Published story is sent again. A story changed "
        + "since its last revision is saved as a new revision first; an unchanged one makes no new revision.",
    "Delivery happens in the window's background or with `sync`."})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The story's id or a unique prefix of it.")
    String id;
    @Option(names = "--target", paramLabel = "NAME", description = "Deliver to this target only (repeatable).")
    List<String> targets;
    @Option(names = "--by", paramLabel = "NAME", description = "Who publishes (default: --editor or the name in Preferences).")
    String by;
    @Option(names = "--json", description = "Print what was queued as JSON.")
    boolean json;
    @Option(names = "--correction-note", paramLabel = "TEXT",
            description = "What a correction changed (needed when a published story was changed since): shown on the page.")
    String correctionNote;
    @Option(names = "--at", paramLabel = "TIME", description = "Publish time, e.g. 2026-12-03 08:00 (in the story's time "
            + "zone) or ISO-8601 with an offset; default: the story's own. A time (or embargo) in the future holds the "
            + "bundle in the outbox as scheduled until then.")
    String at;

    @Override
    public Integer call() {
        String who = by != null ? by : root.editorName();
        Published published;
        try {
            published = root.withStore(store -> {
                SyncServices sync = new SyncServices(root, store);
                try {
                    java.util.UUID storyId = root.resolve(store, id);
                    if (correctionNote != null) {
                        store.workflow().signOff().setCorrectionNote(storyId, correctionNote);
                    }
                    return sync.outbox().publishStory(storyId, targets, who, time(store.stories().get(storyId)));
                } catch (StatusChangeRefused | org.newsdesk.workflow.signoff.SignOffRefused e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw sync.explain(e);
                }
            });
        } catch (StatusChangeRefused e) {
            return StatusCommand.refused(e, root.messages(), spec.commandLine().getErr());
        } catch (org.newsdesk.workflow.signoff.SignOffRefused e) {
            return StatusCommand.refused(e, root.messages(), spec.commandLine().getErr());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(org.newsdesk.json.StoryJson.write(ResultJson.published(published)));
            out.flush();
            return 0;
        }
        for (OutboxEntry e : published.entries()) {
            out.println(root.messages().get("sync.cli.queued", published.storyId(), published.revision(),
                    published.sha256().substring(0, 12), e.target(), e.state() == DeliveryState.SCHEDULED
                            ? root.messages().get("sync.cli.scheduledFor", e.nextAttemptAt().toString())
                            : OutboxCommand.stateName(e, root.messages())));
        }
        out.flush();
        return 0;
    }

    /** The --at time in the story's zone, or {@code null} for the story's own publish time. */
    private ZonedDateTime time(Story story) {
        try {
            return PortalTime.parse(at, story.metadata().timeZone());
        } catch (DateTimeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    root.messages().get("sync.cli.badTime", at));
        }
    }
}
