package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.readiness.ReadinessFailure;
import org.newsdesk.workflow.signoff.SignOffRefused;
import org.newsdesk.workflow.status.StatusChangeRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "status", description = {"Move a story to another status: draft, ready, approved, withdrawn.",
    "Ready and approved need a story that passes its checks (see `check`). Approved signs the next open level of "
        + "the review chain (see `approve`). A status change never sends anything: "
        + "a story becomes Published only with `publish`."})
final class StatusCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "ID")
    String id;
    @Parameters(index = "1", paramLabel = "STATUS")
    String status;
    @Option(names = "--by", paramLabel = "NAME", description = "Who makes the change (default: --editor or the name in Preferences).")
    String by;
    @Option(names = "--json", description = "Print the new status and what was queued as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Status to = parse(status);
        Messages messages = root.messages();
        String who = by != null ? by : root.editorName();
        if (to == Status.PUBLISHED) {
            // publishing is one deliberate act, which also sends the story
            PrintWriter err = spec.commandLine().getErr();
            err.println("newsdesk: " + messages.get("cli.status.usePublish"));
            err.flush();
            return CliErrors.FAILED;
        }
        return move(root, spec, id, to, who, json);
    }

    /**
     * Moves the story; Approved signs the next open level of the review chain (the story is
     * Approved when that was the last). Prints what happened, or why not (exit 1).
     */
    static int move(NewsdeskCommand root, CommandSpec spec, String id, Status to, String who, boolean json) {
        Messages messages = root.messages();
        try {
            PrintWriter stdout = spec.commandLine().getOut();
            // with --json the text lines are dropped and one object is printed instead
            PrintWriter out = json ? new PrintWriter(java.io.Writer.nullWriter()) : stdout;
            String printed = root.withStore(store -> {
                Story current = store.stories().get(root.resolve(store, id));
                org.newsdesk.store.StatusMoved moved = store.workflow().move(current.id(), current.version(), to, who);
                if (moved.signedLevel() > 0) {
                    var chain = store.workflow().signOff().chain();
                    out.println(messages.get("cli.signoff.signed", current.id(), messages.get(chain.levelKey(moved.signedLevel())),
                            moved.signedLevel(), chain.levels(), who));
                }
                out.println(messages.get("cli.status.changed", current.id(), statusName(moved.status(), messages)));
                if (to == Status.WITHDRAWN) {
                    // a withdrawal is not delivered: the portal API has no "take down" (docs/portal-api.md)
                    out.println(messages.get("cli.status.withdrawn"));
                }
                var result = ResultJson.status(current.id(), moved.status(), java.util.List.of());
                if (moved.signedLevel() > 0) {
                    result.put("signedLevel", moved.signedLevel());
                }
                return org.newsdesk.json.StoryJson.write(result);
            });
            if (json) {
                stdout.println(printed);
            }
            stdout.flush();
            return 0;
        } catch (StatusChangeRefused e) {
            return refused(e, messages, spec.commandLine().getErr());
        } catch (SignOffRefused e) {
            return refused(e, messages, spec.commandLine().getErr());
        }
    }

    /** Prints why the review chain refused a signature (in the user's language) and returns the exit code. */
    static int refused(SignOffRefused e, Messages messages, PrintWriter err) {
        err.println("newsdesk: " + e.describe(messages::get));
        err.flush();
        return CliErrors.FAILED;
    }

    /** Prints why a move was refused (not allowed, or the failed checks) and returns the exit code. */
    static int refused(StatusChangeRefused e, Messages messages, PrintWriter err) {
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
