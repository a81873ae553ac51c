package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.sync.DeliveryProblem;
import org.newsdesk.sync.OutboxJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "outbox", description = "List the outbox: each queued bundle per target, its state, attempts and last error.",
        subcommands = OutboxCommand.Cancel.class)
final class OutboxCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<OutboxEntry> entries = root.withStoreReading(store -> store.outbox().list());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(OutboxJson.entries(entries)));
        } else {
            Messages messages = root.messages();
            for (OutboxEntry e : entries) {
                out.printf("%-5d %-12s %-12s r%-3d %-9s %d  %s%s%s%n", e.id(), e.target(), e.slug(), e.revision(),
                        stateName(e, messages), e.attempts(), e.headline(),
                        e.state() == DeliveryState.SCHEDULED ? "  " + messages.get("sync.cli.scheduledFor",
                                e.nextAttemptAt().toString()) : "",
                        e.lastError() == null ? "" : "  — " + DeliveryProblem.describe(e.lastError(), messages));
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "cancel", description = "Take an entry out of the outbox: a scheduled publish cancelled here never "
            + "goes out. A delivered entry cannot be cancelled (exit 1).")
    static final class Cancel implements Callable<Integer> {

        @ParentCommand
        OutboxCommand outbox;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ENTRY", description = "The entry's number, as `outbox` lists it.")
        long entry;

        @Override
        public Integer call() {
            NewsdeskCommand root = outbox.root;
            Optional<OutboxEntry> cancelled = root.withStore(store -> store.outbox().cancel(entry));
            Messages messages = root.messages();
            if (cancelled.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println(messages.get("sync.cli.notCancelled", entry));
                err.flush();
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(messages.get("sync.cli.cancelled", entry, cancelled.get().target(), cancelled.get().headline()));
            out.flush();
            return 0;
        }
    }

    static String stateName(OutboxEntry e, Messages messages) {
        return messages.get("sync.state." + e.state().name().toLowerCase(Locale.ROOT));
    }
}
