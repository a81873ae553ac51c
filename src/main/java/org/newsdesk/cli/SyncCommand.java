package org.newsdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.DeliveryWorker;
import org.newsdesk.sync.PassSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = {"Deliver the outbox: every bundle that is due, one line per attempt.",
    "Without --once it keeps running (retrying with backoff) until stopped with Ctrl+C.",
    "Exit code with --once: 0 when everything due was delivered, 1 when anything failed or was refused."})
final class SyncCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--once", description = "Try each due bundle once, then exit.")
    boolean once;
    @Option(names = "--json", description = "Print JSON: with --once one object for the pass, "
            + "otherwise one object per attempt and line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Messages messages = root.messages();
        return root.withStore(store -> {
            try (DeliveryWorker worker = new SyncServices(root, store).worker()) {
                com.fasterxml.jackson.databind.node.ArrayNode attempts = org.newsdesk.json.StoryJson.newArray();
                worker.addListener(event -> {
                    synchronized (out) {
                        if (json) {
                            var attempt = attempt(event.entry(), event.outcome(), messages);
                            if (once) {
                                attempts.add(attempt);
                                return;
                            }
                            out.println(org.newsdesk.json.StoryJson.write(attempt).replaceAll("\\R\\s*", ""));
                        } else {
                            out.println(line(event.entry(), event.outcome(), messages));
                        }
                        out.flush();
                    }
                });
                if (!once) {
                    worker.start();
                    Thread.currentThread().join();
                }
                PassSummary pass = worker.deliverDue();
                if (json) {
                    synchronized (out) {
                        out.println(org.newsdesk.json.StoryJson.write(ResultJson.sync(pass, attempts)));
                        out.flush();
                    }
                    return pass.allDelivered() ? 0 : CliErrors.FAILED;
                }
                out.println(messages.get("sync.cli.summary", pass.delivered(), pass.failed(), pass.rejected()));
                out.flush();
                return pass.allDelivered() ? 0 : CliErrors.FAILED;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return CliErrors.FAILED;
            }
        });
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode attempt(OutboxEntry e, DeliveryOutcome outcome,
                                                                          Messages messages) {
        if (outcome instanceof DeliveryOutcome.Delivered d) {
            return ResultJson.attempt(e, "delivered", d.receipt().describe(messages));
        }
        if (outcome instanceof DeliveryOutcome.Retry r) {
            return ResultJson.attempt(e, "failed", r.error().describe(messages));
        }
        return ResultJson.attempt(e, "rejected", ((DeliveryOutcome.Rejected) outcome).problem().describe(messages));
    }

    private static String line(OutboxEntry e, DeliveryOutcome outcome, Messages messages) {
        String what = e.slug() + " r" + e.revision() + " → " + e.target();
        if (outcome instanceof DeliveryOutcome.Delivered) {
            return messages.get("sync.cli.delivered", what);
        }
        if (outcome instanceof DeliveryOutcome.Retry r) {
            return messages.get("sync.cli.failed", what, r.error().describe(messages), e.nextAttemptAt());
        }
        return messages.get("sync.cli.rejected", what, ((DeliveryOutcome.Rejected) outcome).problem().describe(messages));
    }
}
