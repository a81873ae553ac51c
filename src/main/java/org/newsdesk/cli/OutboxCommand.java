package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.sync.OutboxJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "outbox", description = "List the outbox: each queued bundle per target, its state, attempts and last error.")
final class OutboxCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<OutboxEntry> entries = root.withStore(store -> store.outbox().list());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(OutboxJson.entries(entries)));
        } else {
            Messages messages = root.messages();
            for (OutboxEntry e : entries) {
                out.printf("%-5d %-12s %-12s r%-3d %-9s %d  %s%s%n", e.id(), e.target(), e.slug(), e.revision(),
                        stateName(e, messages), e.attempts(), e.headline(),
                        e.lastError() == null ? "" : "  — " + e.lastError());
            }
        }
        out.flush();
        return 0;
    }

    static String stateName(OutboxEntry e, Messages messages) {
        return messages.get("sync.state." + e.state().name().toLowerCase(Locale.ROOT));
    }
}
