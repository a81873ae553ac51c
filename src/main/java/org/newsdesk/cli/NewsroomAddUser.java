package org.newsdesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.store.server.ServerAccounts;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "adduser", description = "Add a colleague to the newsroom (chief editors only): a login with a role.")
final class NewsroomAddUser implements Callable<Integer> {

    @ParentCommand
    NewsroomCommand newsroom;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "LOGIN", description = "The colleague's login on the server.")
    String login;
    @Option(names = "--role", required = true, paramLabel = "ROLE",
            description = "reporter, editor (approves and publishes) or chief (also adds colleagues).")
    String role;
    @Option(names = "--name", paramLabel = "NAME", description = "The name shown for them (default: the login).")
    String name;
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is their password; - reads standard input (none: set it on the server).")
    Path passwordFile;

    @Override
    public Integer call() throws IOException {
        NewsdeskCommand root = newsroom.root;
        Messages messages = root.messages();
        if (!ServerAccounts.ROLES.contains(role)) {
            throw new IllegalArgumentException(messages.get("newsroom.cli.unknownRole", role));
        }
        char[] theirs = passwordFile == null ? null : NewsroomCommand.readSecret(passwordFile);
        try {
            root.withStore(store -> {
                NewsroomSettings.Connection c = NewsroomCommand.settings(store).connection().orElseThrow(() ->
                        new IllegalStateException(messages.get("newsroom.cli.notConnected")));
                char[] mine = root.credentials().secret(NewsroomSettings.CREDENTIAL).orElse(null);
                try (ServerLibrary server = ServerLibrary.connect(c.url(), c.user(), mine == null ? null : new String(mine))) {
                    new ServerAccounts(server).addEditor(login, name == null ? login : name, role,
                            theirs == null ? null : new String(theirs));
                } catch (ServerException e) {
                    throw NewsroomCommand.explain(e, messages);
                } finally {
                    NewsroomCommand.clear(mine);
                }
                return null;
            });
        } finally {
            NewsroomCommand.clear(theirs);
        }
        NewsroomCommand.print(spec, messages.get("newsroom.cli.userAdded", login, role));
        return 0;
    }
}
