package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
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

    @Override
    public Integer call() {
        Status to = parse(status);
        Messages messages = root.messages();
        String who = by != null ? by : System.getProperty("user.name", "");
        try {
            Story story = root.withStore(store -> {
                Story current = store.stories().get(root.resolve(store, id));
                store.workflow().setStatus(current.id(), current.version(), to, who);
                return current;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("cli.status.changed", story.id(), statusName(to, messages)));
            out.flush();
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
