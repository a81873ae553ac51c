package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Story;
import org.newsdesk.sync.Published;
import org.newsdesk.workflow.ReadinessFailure;
import org.newsdesk.workflow.StatusChangeRefused;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "status", description = {"Move a story to another status: draft, ready, approved, published, withdrawn.",
    "Ready, approved and published need a story that passes its checks (see `check`)."})
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID")
    String id;
    @Parameters(index = "1", paramLabel = "STATUS")
    String status;
    @Option(names = "--by", paramLabel = "NAME", description = "Who makes the change (default: the user name).")
    String by;
    @Option(names = "--json", description = "Print the new status and what was queued as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Status to = parse(status);
        Messages messages = root.messages();
        String who = by != null ? by : System.getProperty("user.name", "");
        try {
            PrintWriter stdout = spec.commandLine().getOut();
            // with --json the text lines are dropped and one object is printed instead
            PrintWriter out = json ? new PrintWriter(java.io.Writer.nullWriter()) : stdout;
            String printed = root.withStore(store -> {
                Story current = store.stories().get(root.resolve(store, id));
                store.workflow().setStatus(current.id(), current.version(), to, who);
                out.println(messages.get("cli.status.changed", current.id(), statusName(to, messages)));
                List<OutboxEntry> queued = List.of();
                if (to == Status.PUBLISHED) {
                    queued = queue(store, current.id(), who, out);
                } else if (to == Status.WITHDRAWN) {
                    // a withdrawal is not delivered: the portal API has no "take down" (docs/portal-api.md)
                    out.println(messages.get("cli.status.withdrawn"));
                }
                return org.newsdesk.json.StoryJson.write(ResultJson.status(current.id(), to, queued));
            });
            if (json) {
                stdout.println(printed);
            }
            stdout.flush();
            return 0;
        } catch (StatusChangeRefused e) {
            PrintWriter err = spec.commandLine().getErr();
            if (e.notAllowed()) {
                err.println("newsdesk: " + messages.get("workflow.transition.notAllowed",
                        statusName(e.from(), messages), statusName(e.to(), messages)));
            } else {
                err.println("newsdesk: " + messages.get("workflow.notReady", statusName(e.to(), messages),
                        e.failures().size()));
                for (ReadinessFailure f : e.failures()) {
                    err.println("  - " + WorkflowJson.text(f, messages));
                }
            }
            err.flush();
            return CliErrors.FAILED;
        }
    }

    /** Published means sent: queue the new status's revision for every target, as `publish` does. */
    private List<OutboxEntry> queue(org.newsdesk.store.Store store, java.util.UUID storyId, String who,
                                    PrintWriter out) {
        SyncServices sync = new SyncServices(root, store);
        if (sync.targets().list().isEmpty()) {
            out.println(root.messages().get("cli.status.noTargets"));
            return List.of();
        }
        Published published;
        try {
            published = sync.outbox().publish(storyId, List.of(), who);
        } catch (RuntimeException e) {
            throw sync.explain(e);
        }
        for (OutboxEntry e : published.entries()) {
            out.println(root.messages().get("sync.cli.queued", published.storyId(), published.revision(),
                    published.sha256().substring(0, 12), e.target(), OutboxCommand.stateName(e, root.messages())));
        }
        return published.entries();
    }

    private Status parse(String text) {
        try {
            return Status.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    root.messages().get("cli.status.unknown", text));
        }
    }

    static String statusName(Status s, Messages messages) {
        return messages.get("status." + s.name().toLowerCase(Locale.ROOT));
    }
}
