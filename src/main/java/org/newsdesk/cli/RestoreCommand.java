package org.newsdesk.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Bring a story back from the trash.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
        UUID restored = root.withStore(store -> {
            UUID storyId = root.resolve(store, id);
            store.stories().restoreFromTrash(storyId);
            return storyId;
        });
        spec.commandLine().getOut().println(root.messages().get("cli.restored", restored));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
