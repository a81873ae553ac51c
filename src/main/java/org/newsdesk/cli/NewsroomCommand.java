package org.newsdesk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.json.StoryJson;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.newsroom.SyncReport;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "newsroom", description = "Share the library with a newsroom server (PostgreSQL): set it up, join, sync.",
        subcommands = {NewsroomCommand.Init.class, NewsroomCommand.Connect.class, NewsroomCommand.Status.class,
                NewsroomCommand.Disconnect.class, NewsroomCommand.Sync.class, NewsroomDeskCommands.Resolve.class,
                NewsroomDeskCommands.Assign.class, NewsroomAddUser.class,
                NewsroomBodyCommands.KeepOffline.class})
final class NewsroomCommand {

    @ParentCommand
    NewsdeskCommand root;

    @Command(name = "init", description = "Create the newsroom schema on a PostgreSQL server and its first chief editor.")
    static final class Init implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "JDBC-URL", description = "The server, e.g. jdbc:postgresql://db.example:5432/newsroom.")
        String url;
        @Option(names = "--chief", required = true, paramLabel = "LOGIN", description = "The chief editor's login.")
        String chief;
        @Option(names = "--name", paramLabel = "NAME", description = "The chief editor's name as shown (default: the login).")
        String name;
        @Option(names = "--user", paramLabel = "LOGIN", description = "The administrator's login that owns the schema.")
        String user;
        @Option(names = "--password-file", paramLabel = "FILE",
                description = "File whose first line is the administrator's password; - reads standard input.")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            Messages messages = newsroom.root.messages();
            char[] password = passwordFile == null ? null : readSecret(passwordFile);
            String pw = password == null ? null : new String(password);
            try {
                ServerLibrary.migrate(url, user, pw);
                try (ServerLibrary server = ServerLibrary.connect(url, user, pw)) {
                    if (server.editor(chief).isEmpty()) {
                        server.addEditor(chief, name == null ? chief : name, "chief");
                    }
                }
            } catch (ServerException e) {
                throw explain(e, messages);
            } finally {
                clear(password);
            }
            print(spec, messages.get("newsroom.cli.initialised", ServerLibrary.redact(url), chief));
            return 0;
        }
    }

    @Command(name = "connect", description = "Join a newsroom server with your login; the password goes to the credential store.")
    static final class Connect implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "URL", description = "The newsroom server, e.g. jdbc:postgresql://db.example:5432/newsroom.")
        String url;
        @Option(names = "--user", required = true, paramLabel = "LOGIN", description = "Your login on the server.")
        String user;
        @Option(names = "--password-file", paramLabel = "FILE",
                description = "File whose first line is your password; - reads standard input (none: the server trusts you).")
        Path passwordFile;
        @Option(names = "--editor", paramLabel = "NAME",
                description = "Your name as the window shows and records it (default: the name the newsroom has for your login, "
                        + "when Preferences have none).")
        String editor;

        @Override
        public Integer call() throws IOException {
            NewsdeskCommand root = newsroom.root;
            Messages messages = root.messages();
            char[] password = passwordFile == null ? null : readSecret(passwordFile);
            boolean given = editor != null && !editor.isBlank();
            String name;
            try {
                try (ServerLibrary server = ServerLibrary.connect(url, user, password == null ? null : new String(password))) {
                    Optional<ServerLibrary.Editor> account = server.editor(user);
                    if (account.isEmpty()) {
                        throw new IllegalStateException(messages.get("newsroom.cli.notAnEditor", user, ServerLibrary.redact(url)));
                    }
                    name = given ? editor.strip() : account.get().displayName();
                } catch (ServerException e) {
                    throw explain(e, messages);
                }
                root.withStore(store -> {
                    settings(store).connect(new NewsroomSettings.Connection(url, user));
                    if (password != null) {
                        root.credentials().store(NewsroomSettings.CREDENTIAL, password);
                    } else {
                        root.credentials().remove(NewsroomSettings.CREDENTIAL);
                    }
                    return null;
                });
            } finally {
                clear(password);
            }
            print(spec, messages.get("newsroom.cli.connected", ServerLibrary.redact(url), user));
            if (setEditorName(root.preferencesFile(), name, given)) {
                print(spec, messages.get("nr16.cli.editorNameSet", name));
            }
            return 0;
        }

        /**
         * The window's own preference for who the editor is, so the window does not ask again: a name given
         * with {@code --editor} replaces it, the newsroom's name for the login only fills an empty one.
         */
        private static boolean setEditorName(PreferencesFile file, String name, boolean given) {
            Preferences current = file.load().preferences();
            if (name == null || name.isBlank() || current.editorName().equals(name)
                    || (!given && !current.editorName().isBlank())) {
                return false;
            }
            file.save(current.withEditorName(name));
            return true;
        }
    }

    @Command(name = "status", description = "Show the newsroom this workstation belongs to and what waits to sync (no network).")
    static final class Status implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            NewsdeskCommand root = newsroom.root;
            Messages messages = root.messages();
            ObjectNode n = root.withStore(store -> {
                NewsroomSettings settings = settings(store);
                Optional<NewsroomSettings.Connection> c = settings.connection();
                ObjectNode o = StoryJson.newArray().objectNode();
                o.put("connected", c.isPresent());
                o.put("server", c.map(x -> ServerLibrary.redact(x.url())).orElse(null));
                o.put("user", c.map(NewsroomSettings.Connection::user).orElse(null));
                o.put("pulledChange", settings.pulledChange());
                o.put("waitingToPush", store.newsroom().pushCandidates().size());
                o.put("storiesWithConflicts", store.newsroom().storiesWithConflicts().size());
                ReplicaBodies.Counts bodies = store.newsroom().bodies().counts();
                o.put("storiesWithText", bodies.withBody());
                o.put("storiesListedOnly", bodies.listed());
                o.put("keepAllOffline", store.newsroom().bodies().keepAll());
                return o;
            });
            if (json) {
                print(spec, StoryJson.write(n));
            } else if (!n.path("connected").asBoolean()) {
                print(spec, messages.get("newsroom.cli.notConnected"));
            } else {
                print(spec, messages.get("newsroom.cli.status", n.path("server").asText(), n.path("user").asText(),
                        n.path("waitingToPush").asInt(), n.path("storiesWithConflicts").asInt()));
                print(spec, messages.get("nrmeta.cli.bodies", n.path("storiesWithText").asLong(),
                        n.path("storiesListedOnly").asLong()));
            }
            return 0;
        }
    }

    @Command(name = "disconnect", description = "Leave the newsroom: forget the server and the password; stories stay.")
    static final class Disconnect implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewsdeskCommand root = newsroom.root;
            root.withStore(store -> {
                settings(store).disconnect();
                root.credentials().remove(NewsroomSettings.CREDENTIAL);
                return null;
            });
            print(spec, root.messages().get("newsroom.cli.disconnected"));
            return 0;
        }
    }

    @Command(name = "sync", description = "Pull the newsroom's changes (merging them with yours), then push yours; once.")
    static final class Sync implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print what the sync did as JSON.")
        boolean json;

        @Override
        public Integer call() {
            NewsdeskCommand root = newsroom.root;
            Messages messages = root.messages();
            SyncReport report = root.withStore(store -> {
                NewsroomSettings.Connection c = settings(store).connection().orElseThrow(() ->
                        new IllegalStateException(messages.get("newsroom.cli.notConnected")));
                char[] password = root.credentials().secret(NewsroomSettings.CREDENTIAL).orElse(null);
                try (ServerLibrary server = ServerLibrary.connect(c.url(), c.user(),
                        password == null ? null : new String(password))) {
                    return new NewsroomSync(store, server, c.user()).syncOnce();
                } catch (ServerException e) {
                    throw explain(e, messages);
                } finally {
                    clear(password);
                }
            });
            if (json) {
                ObjectNode o = StoryJson.newArray().objectNode();
                o.put("pulled", report.pulled());
                o.put("merged", report.merged());
                o.put("pushed", report.pushed());
                report.conflicted().forEach(id -> o.withArray("conflicted").add(id.toString()));
                report.postponed().forEach(id -> o.withArray("postponed").add(id.toString()));
                print(spec, StoryJson.write(o));
            } else {
                print(spec, messages.get("newsroom.cli.synced", report.pulled(), report.merged(), report.pushed(),
                        report.conflicted().size()));
            }
            return report.conflicted().isEmpty() ? 0 : CliErrors.FAILED;
        }
    }

    static NewsroomSettings settings(Store store) {
        return new NewsroomSettings(store.appState(), store.newsroom());
    }

    static RuntimeException explain(ServerException e, Messages messages) {
        String key = switch (e.problem()) {
            case UNREACHABLE -> "newsroom.error.unreachable";
            case LOGIN -> "newsroom.error.login";
            case STALE -> "newsroom.error.stale";
            case SCHEMA -> "newsroom.error.schema";
            case REFUSED -> "newsroom.error.refused";
            case FAILED -> "newsroom.error.failed";
        };
        return new IllegalStateException(messages.get(key, e.getMessage()), e);
    }

    static void print(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
    }

    static char[] readSecret(Path file) throws IOException {
        BufferedReader in = "-".equals(file.toString())
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try (in) {
            String line = in.readLine();
            return line == null ? new char[0] : line.strip().toCharArray();
        }
    }

    static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
