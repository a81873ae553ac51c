package org.newsdesk.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Story bodies of a newsroom on the command line: a story joined with its metadata only is
 * fetched when a command needs its text ({@code show}, {@code export}), and stories can be kept
 * offline ({@code newsroom keep-offline}).
 */
final class NewsroomBodyCommands {

    private NewsroomBodyCommands() {
    }

    /**
     * The story with its text: fetched from the newsroom server first when only its metadata is
     * here; a clear error when the server cannot be reached (nothing here is changed).
     */
    static Story withBody(NewsdeskCommand root, Store store, UUID id) {
        if (!store.newsroom().bodies().listed(id)) {
            return store.stories().get(id);
        }
        Messages messages = root.messages();
        String headline = store.stories().get(id).metadata().headline();
        NewsroomSettings.Connection c = NewsroomCommand.settings(store).connection().orElseThrow(() ->
                new IllegalStateException(messages.get("nrmeta.cli.bodyNotHereNoServer", headline)));
        char[] password = root.credentials().secret(NewsroomSettings.CREDENTIAL).orElse(null);
        try (ServerLibrary server = ServerLibrary.connect(c.url(), c.user(), password == null ? null : new String(password))) {
            return new NewsroomSync(store, server, c.user()).fetch(id);
        } catch (ServerException e) {
            throw new IllegalStateException(messages.get("nrmeta.cli.bodyNotHere", headline,
                    NewsroomCommand.explain(e, messages).getMessage()), e);
        } finally {
            NewsroomCommand.clear(password);
        }
    }

    @Command(name = "keep-offline", description = "Keep a story's text on this workstation (fetched at the next sync), "
            + "or every story's.")
    static final class KeepOffline implements Callable<Integer> {
        @ParentCommand
        NewsroomCommand newsroom;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", arity = "0..1", description = "The story (none with --all).")
        String id;
        @Option(names = "--all", description = "Every story of the newsroom, now and later.")
        boolean all;
        @Option(names = "--off", description = "Stop keeping it offline (text already here stays).")
        boolean off;

        @Override
        public Integer call() {
            NewsdeskCommand root = newsroom.root;
            Messages messages = root.messages();
            if (all == (id != null)) {
                throw new IllegalArgumentException(messages.get("nrmeta.cli.keepWhich"));
            }
            String line = root.withStore(store -> {
                if (all) {
                    store.newsroom().bodies().keepAll(!off);
                    return messages.get(off ? "nrmeta.cli.keptNone" : "nrmeta.cli.keptAll");
                }
                UUID story = root.resolve(store, id);
                store.newsroom().bodies().keep(story, !off);
                return messages.get(off ? "nrmeta.cli.notKept" : "nrmeta.cli.kept",
                        store.stories().get(story).metadata().headline());
            });
            NewsroomCommand.print(spec, line);
            return 0;
        }
    }
}
