package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.workflow.metadata.MetadataRejected;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code names}: the name directory (sources, authors, editors), with a rename that fixes every story. */
@Command(name = "names", description = "List the names used before as source, author or editor, with use counts.",
        subcommands = NamesCommand.Rename.class)
final class NamesCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<NameUse> names = root.withStoreReading(store -> store.names().all());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = StoryJson.newArray();
            for (NameUse n : names) {
                ObjectNode o = array.addObject();
                o.put("kind", WorkflowJson.lower(n.kind()));
                o.put("name", n.name());
                o.put("timesUsed", n.timesUsed());
                o.put("stories", n.stories());
            }
            out.println(StoryJson.write(array));
        } else {
            for (NameUse n : names) {
                out.printf("%-7s %5d %5d  %s%n", WorkflowJson.lower(n.kind()), n.stories(), n.timesUsed(), n.name());
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "rename", description = {"Fix a misspelt name in the directory and in every story that uses it.",
        "A person (author or editor) is renamed in both fields. If NEW is already known, the two merge."})
    static final class Rename implements Callable<Integer> {

        @ParentCommand
        NamesCommand names;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OLD")
        String oldName;
        @Parameters(index = "1", paramLabel = "NEW")
        String newName;
        @Option(names = "--kind", paramLabel = "KIND",
                description = "source or person (default: wherever OLD is used)")
        String kind;

        @Override
        public Integer call() {
            NewsdeskCommand root = names.root;
            var messages = root.messages();
            List<NameKind> kinds = new ArrayList<>();
            String error = root.withStore(store -> {
                List<NameUse> all = store.names().all();
                for (NameKind k : List.of(NameKind.SOURCE, NameKind.EDITOR)) {
                    boolean wanted = kind == null ? all.stream().anyMatch(u -> sameGroup(u.kind(), k) && u.name().equals(oldName))
                            : kind.toLowerCase(Locale.ROOT).equals(k == NameKind.SOURCE ? "source" : "person");
                    if (wanted) {
                        kinds.add(k);
                    }
                }
                if (kind != null && kinds.isEmpty()) {
                    return messages.get("cli.names.kind", kind);
                }
                if (kinds.isEmpty()) {
                    return messages.get("cli.names.unknown", oldName);
                }
                Set<UUID> changed = new LinkedHashSet<>();
                boolean merged = false;
                try {
                    for (NameKind k : kinds) {
                        merged |= store.names().known(k, newName);
                        changed.addAll(store.names().rename(k, oldName, newName));
                    }
                } catch (MetadataRejected e) {
                    return WorkflowJson.text(e.problems().get(0), messages);
                }
                PrintWriter out = spec.commandLine().getOut();
                out.println(messages.get(merged ? "cli.names.merged" : "cli.names.renamed",
                        oldName, newName.strip(), changed.size()));
                out.flush();
                return null;
            });
            if (error != null) {
                spec.commandLine().getErr().println("newsdesk: " + error);
                spec.commandLine().getErr().flush();
                return CliErrors.FAILED;
            }
            return 0;
        }

        private static boolean sameGroup(NameKind a, NameKind b) {
            return (a == NameKind.SOURCE) == (b == NameKind.SOURCE);
        }
    }
}
