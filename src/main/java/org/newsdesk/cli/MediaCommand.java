package org.newsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.MediaLink;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "media", description = "Show, link or unlink the recording a story is transcribed from.")
final class MediaCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @ArgGroup(exclusive = true)
    Change change;
    @Option(names = "--json", description = "Print the link as JSON (null when there is none).")
    boolean json;

    static final class Change {
        @Option(names = "--link", paramLabel = "FILE", description = "Link the story to this recording.")
        Path file;
        @Option(names = "--unlink", description = "Remove the story's link to its recording (the file stays).")
        boolean unlink;
    }

    @Override
    public Integer call() throws IOException {
        MediaLink linked = change != null && change.file != null ? linkOf(change.file) : null;
        Optional<MediaLink> now = root.withStore(store -> {
            UUID storyId = root.resolve(store, id);
            if (linked != null) {
                store.media().link(storyId, linked);
            } else if (change != null && change.unlink) {
                store.media().unlink(storyId);
            }
            return store.media().find(storyId);
        });
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(StoryJson.write(StoryJson.mediaNode(now.orElse(null))));
        } else {
            out.println(now.map(m -> root.messages().get("cli.media.linked", m.fileName(), m.path()))
                    .orElse(root.messages().get("cli.media.none")));
        }
        out.flush();
        return 0;
    }

    /** The recording as the window links it: an absolute path, its name and size; a missing file is refused. */
    private MediaLink linkOf(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new IllegalArgumentException(root.messages().get("cli.media.notAFile", path));
        }
        return new MediaLink(path.toString(), String.valueOf(path.getFileName()), Files.size(path));
    }
}
