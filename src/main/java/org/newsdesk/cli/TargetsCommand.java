package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.json.StoryJson;
import org.newsdesk.sync.OutboxJson;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "targets", description = "Configure where published stories are delivered.",
        subcommands = {TargetsCommand.Add.class, TargetsCommand.ListTargets.class, TargetsCommand.Remove.class})
final class TargetsCommand {

    @ParentCommand
    NewsdeskCommand root;

    @Command(name = "add", description = {"Add a delivery target: the portal's HTTP bundle API, a WebDAV folder or a "
            + "local or mounted folder.",
        "A token or password is read from --secret-file (\"-\" for standard input), never from the command line, "
            + "and kept in the credential store, not in the data folder."})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        TargetsCommand targets;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "A name of your choice, e.g. portal.")
        String name;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Location location;
        @Option(names = "--user", paramLabel = "NAME", description = "User name (WebDAV).")
        String user;
        @Option(names = "--secret-file", paramLabel = "FILE",
                description = "File whose first line is the bearer token or password; - reads standard input.")
        Path secretFile;
        @Option(names = "--ca-certificate", paramLabel = "FILE",
                description = "The newsroom's own CA certificate (PEM or DER) to trust besides the system's (HTTP, WebDAV).")
        Path caCertificate;

        static final class Location {
            @Option(names = "--http", paramLabel = "URL", required = true, description = "Base URL of the portal's bundle API.")
            String http;
            @Option(names = "--webdav", paramLabel = "URL", required = true, description = "WebDAV folder URL.")
            String webdav;
            @Option(names = "--folder", paramLabel = "DIR", required = true, description = "A local or mounted folder.")
            Path folder;
        }

        @Override
        public Integer call() throws IOException {
            TargetKind kind = location.http != null ? TargetKind.HTTP
                    : location.webdav != null ? TargetKind.WEBDAV : TargetKind.FOLDER;
            String where = location.http != null ? location.http
                    : location.webdav != null ? location.webdav : location.folder.toAbsolutePath().toString();
            NewsdeskCommand root = targets.root;
            Path ca = caCertificate == null ? null : caCertificate.toAbsolutePath();
            if (ca != null) {
                java.util.Optional<String> problem = org.newsdesk.sync.CaCertificateCheck.problem(ca,
                        java.time.Instant.now(), root.messages());
                if (problem.isPresent()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), problem.get());
                }
            }
            char[] secret = secretFile == null ? null : readSecret();
            root.withStore(store -> {
                SyncServices sync = new SyncServices(root, store);
                try {
                    sync.targets().add(new TargetSettings(name, kind, where, user, ca), secret);
                } catch (RuntimeException e) {
                    throw sync.explain(e);
                }
                return null;
            });
            if (secret != null) {
                java.util.Arrays.fill(secret, '\0');
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(root.messages().get("sync.cli.targetAdded", name.strip(), where));
            out.flush();
            return 0;
        }

        private char[] readSecret() throws IOException {
            BufferedReader in = "-".equals(secretFile.toString())
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(secretFile, StandardCharsets.UTF_8);
            try (in) {
                String line = in.readLine();
                return line == null ? new char[0] : line.strip().toCharArray();
            }
        }
    }

    @Command(name = "list", description = "List the delivery targets.")
    static final class ListTargets implements Callable<Integer> {

        @ParentCommand
        TargetsCommand targets;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        @Override
        public Integer call() {
            NewsdeskCommand root = targets.root;
            List<TargetSettings> all = root.withStore(store -> new SyncServices(root, store).targets().list());
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(StoryJson.write(OutboxJson.targets(all)));
            } else {
                for (TargetSettings t : all) {
                    out.printf("%-16s  %-6s  %s%n", t.name(), t.kind().name().toLowerCase(Locale.ROOT), t.location());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a delivery target and forget its secret.")
    static final class Remove implements Callable<Integer> {

        @ParentCommand
        TargetsCommand targets;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            NewsdeskCommand root = targets.root;
            root.withStore(store -> {
                SyncServices sync = new SyncServices(root, store);
                try {
                    sync.targets().remove(name);
                } catch (RuntimeException e) {
                    throw sync.explain(e);
                }
                return null;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println(root.messages().get("sync.cli.targetRemoved", name));
            out.flush();
            return 0;
        }
    }
}
