package org.newsdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.ConflictResolution;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The newsroom's desk work on the command line: closing conflicts and handing stories over. */
final class NewsroomDeskCommands {

    private NewsroomDeskCommands() {
    }

    @Command(name = "resolve", description = "Close a story's open conflicts: keep mine, take theirs, or the text in FILE.")
    static final class Resolve implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The story.")
        String id;
        @Option(names = "--take", required = true, paramLabel = "mine|theirs|FILE",
                description = "mine, theirs, or a file with the paragraph's text as it should read (one conflict only).")
        String take;

        @Override
        public Integer call() throws IOException {
            NewsdeskCommand root = newsroom.root;
            Messages messages = root.messages();
            String edited = switch (take.toLowerCase(Locale.ROOT)) {
                case "mine", "theirs" -> null;
                default -> Files.readString(Path.of(take), StandardCharsets.UTF_8).strip();
            };
            int closed = root.withStore(store -> {
                UUID story = root.resolve(store, id);
                ConflictResolution resolution = new ConflictResolution(store);
                List<ConflictResolution.Open> open = resolution.open(story);
                if (open.isEmpty()) {
                    throw new IllegalStateException(messages.get("newsroom.cli.noConflict", id));
                }
                if (edited != null) {
                    if (open.size() != 1 || !open.get(0).paragraph()) {
                        throw new IllegalStateException(messages.get("newsroom.cli.resolveOneAtATime", open.size()));
                    }
                    resolution.resolveWith(story, open.get(0).item(), edited);
                } else {
                    resolution.resolveAll(story, "theirs".equalsIgnoreCase(take)
                            ? ConflictResolution.Take.THEIRS : ConflictResolution.Take.MINE);
                }
                return open.size();
            });
            print(spec, messages.get("newsroom.cli.resolved", closed));
            return 0;
        }
    }

    @Command(name = "assign", description = "Hand a story to a colleague (their login on the newsroom server).")
    static final class Assign implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The story.")
        String id;
        @Parameters(index = "1", paramLabel = "EDITOR", description = "The colleague's login.")
        String editor;

        @Override
        public Integer call() {
            NewsdeskCommand root = newsroom.root;
            Messages messages = root.messages();
            root.withStore(store -> {
                UUID story = root.resolve(store, id);
                NewsroomSettings.Connection c = NewsroomCommand.settings(store).connection().orElseThrow(() ->
                        new IllegalStateException(messages.get("newsroom.cli.notConnected")));
                char[] password = root.credentials().secret(NewsroomSettings.CREDENTIAL).orElse(null);
                try (ServerLibrary server = ServerLibrary.connect(c.url(), c.user(),
                        password == null ? null : new String(password))) {
                    if (server.editor(editor).isEmpty()) {
                        throw new IllegalStateException(messages.get("newsroom.cli.notAnEditor", editor,
                                ServerLibrary.redact(c.url())));
                    }
                    if (server.current(story).isEmpty()) {
                        throw new IllegalStateException(messages.get("newsroom.cli.notOnServer", id));
                    }
                    server.desk().assign(story, editor, c.user());
                } catch (ServerException e) {
                    throw NewsroomCommand.explain(e, messages);
                } finally {
                    if (password != null) {
                        java.util.Arrays.fill(password, '\0');
                    }
                }
                return null;
            });
            print(spec, messages.get("newsroom.cli.assigned", id, editor));
            return 0;
        }
    }

    private static void print(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }
}
