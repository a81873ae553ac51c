package org.newsdesk.cli;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.newsdesk.Version;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.i18n.Messages;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.DataFolder;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.workflow.metadata.ChannelList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code newsdesk}: with a command it works headless on the store; without one it
 * opens the window.
 */
@Command(name = "newsdesk", mixinStandardHelpOptions = true, versionProvider = NewsdeskCommand.VersionText.class,
        description = "Newsdesk: transcribe, edit and publish interviews.",
        subcommands = {ListCommand.class, NewCommand.class, ShowCommand.class, DeleteCommand.class,
                RestoreCommand.class, RevisionsCommand.class, RevertCommand.class, DiffCommand.class, ImportCommand.class,
                MetaCommand.class, StatusCommand.class, ApproveCommand.class, CheckCommand.class, SearchCommand.class, NamesCommand.class,
                ExportCommand.class, ReviewCommand.class, ConvertCommand.class, ProofCommand.class,
                TargetsCommand.class, PublishCommand.class, SyncCommand.class, OutboxCommand.class,
                MediaCommand.class, NewsroomCommand.class})
public final class NewsdeskCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $NEWSDESK_DATA_DIR or the per-user data folder).")
    Path dataDir;

    @Option(names = "--lang", paramLabel = "TAG", description = "Language of messages: en, zh-CN, zh-TW, zh-HK.")
    String lang;

    @Option(names = "--editor", paramLabel = "NAME",
            description = "Who you are, recorded with status changes, revisions and publications "
                    + "(default: the name set in Preferences).")
    String editor;

    @Option(names = "--import", paramLabel = "FILE",
            description = "Open the window with FILE in the import preview (text, .docx or a portal page).")
    Path importFile;

    @CommandLine.Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files",
            description = "Files to open in the import preview, one after another.")
    java.util.List<Path> files = new java.util.ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final CommandServices services;
    private final WindowLauncher openWindow;
    private final Function<Path, CredentialStore> credentialStores;
    private final PreferencesFile preferencesFile;

    /**
     * @param services   the services the composition root builds for the commands
     * @param openWindow opens the window with the chosen data folder and language
     */
    public NewsdeskCommand(CommandServices services, WindowLauncher openWindow) {
        this.services = services;
        this.openWindow = openWindow;
        this.credentialStores = dataFolder -> CommandLineCredentials.forDataFolder(dataFolder, messages());
        this.preferencesFile = PreferencesFile.forUser();
    }

    /** @param credentialStores the store that keeps delivery targets' secrets, for a data folder */
    public NewsdeskCommand(CommandServices services, WindowLauncher openWindow,
                           Function<Path, CredentialStore> credentialStores) {
        this(services, openWindow, credentialStores, PreferencesFile.forUser());
    }

    /**
     * @param preferencesFile the user's preferences (data folder, channels), read when a command needs them
     *                        and written by the one command that sets one ({@code newsroom connect --editor})
     */
    public NewsdeskCommand(CommandServices services, WindowLauncher openWindow,
                           Function<Path, CredentialStore> credentialStores, PreferencesFile preferencesFile) {
        this.services = services;
        this.openWindow = openWindow;
        this.credentialStores = credentialStores;
        this.preferencesFile = preferencesFile;
    }

    @Override
    public Integer call() {
        java.util.List<Path> toImport = new java.util.ArrayList<>();
        if (importFile != null) {
            toImport.add(importFile.toAbsolutePath());
        }
        for (Path f : files) {
            if (!java.nio.file.Files.exists(f)) {
                // neither a command nor a file: the usage error a mistyped command gets
                throw new CommandLine.UnmatchedArgumentException(spec.commandLine(), java.util.List.of(f.toString()));
            }
            toImport.add(f.toAbsolutePath());
        }
        openWindow.open(dataDir == null ? null : dataDir.toAbsolutePath(), lang, toImport);
        return 0;
    }

    Path dataFolder() {
        return DataFolder.resolve(dataDir, preferencesFile.peek().dataFolderPath());
    }

    /** The command line as it was given (to run it again in another JVM). */
    String[] originalArgs() {
        return spec.commandLine().getParseResult().originalArgs().toArray(String[]::new);
    }

    CommandServices services() {
        return services;
    }

    CredentialStore credentials() {
        return credentialStores.apply(dataFolder());
    }

    /** The editor's name: {@code --editor}, else the one in the preferences (never the OS account). */
    String editorName() {
        return editor != null && !editor.isBlank() ? editor.strip() : preferencesFile.peek().editorName();
    }

    /** The preferences file the window reads at start (the editor's name lives there). */
    PreferencesFile preferencesFile() {
        return preferencesFile;
    }

    Messages messages() {
        return Messages.forTag(lang);
    }

    /**
     * Opens the store, runs {@code work} and closes the store again. The store checks stories
     * against the channels of the preferences, as the window does.
     */
    <T> T withStore(Function<Store, T> work) {
        Preferences chosen = preferencesFile.peek();
        try (Store store = Store.open(DataFolder.resolve(dataDir, chosen.dataFolderPath()))) {
            store.workflow().setChannels(new ChannelList(chosen.channels()));
            store.workflow().signOff().setChain(chosen.reviewChain());
            store.workflow().signOff().setEditor(this::editorName);
            return work.apply(store);
        }
    }

    /**
     * As {@link #withStore} for a command that only reads: the store is closed without
     * compacting its file (that is the window's to do). While the window holds the folder, the
     * command reads a copy of what the window has written, and says so on stderr.
     */
    <T> T withStoreReading(Function<Store, T> work) {
        Preferences chosen = preferencesFile.peek();
        try (HeldFolderSnapshot reading = HeldFolderSnapshot.open(DataFolder.resolve(dataDir, chosen.dataFolderPath()))) {
            if (reading.copied()) {
                spec.commandLine().getErr().println("newsdesk: " + messages().get("ux21.cli.readingHeldFolder"));
                spec.commandLine().getErr().flush();
            }
            Store store = reading.store();
            store.workflow().setChannels(new ChannelList(chosen.channels()));
            store.workflow().signOff().setChain(chosen.reviewChain());
            store.workflow().signOff().setEditor(this::editorName);
            return work.apply(store);
        }
    }

    UUID resolve(Store store, String id) {
        var ids = store.stories().idsStartingWith(id);
        if (ids.size() > 1) {
            throw new IllegalArgumentException(messages().get("cli.ambiguousId", id));
        }
        if (ids.isEmpty()) {
            throw new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
        }
        return ids.get(0);
    }

    /** Builds the command line with one-line errors and the exit codes the README documents. */
    public static CommandLine create(CommandServices services, WindowLauncher openWindow) {
        return create(new NewsdeskCommand(services, openWindow));
    }

    /** As {@link #create(CommandServices, WindowLauncher)}, with the credential store for delivery targets' secrets. */
    public static CommandLine create(CommandServices services, WindowLauncher openWindow,
                                     Function<Path, CredentialStore> credentialStores) {
        return create(new NewsdeskCommand(services, openWindow, credentialStores));
    }

    /** Builds the command line around {@code root} (one-line errors, documented exit codes). */
    public static CommandLine create(NewsdeskCommand root) {
        CommandLine cl = new CommandLine(root);
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.addSubcommand(new CompletionCommand());
        addHelpOption(cl);
        cl.setExecutionExceptionHandler(new CliErrors(root));
        cl.setParameterExceptionHandler(new CliUsageErrors(cl));
        // help and errors speak the --lang language, known only once the arguments are parsed
        cl.setExecutionStrategy(parsed -> {
            CliLanguage.apply(cl, root.lang);
            return new CommandLine.RunLast().execute(parsed);
        });
        CliLanguage.apply(cl, null);
        return cl;
    }

    /** {@code COMMAND --help} on every command that has no help option of its own. */
    private static void addHelpOption(CommandLine cl) {
        if (!cl.getCommandSpec().optionsMap().containsKey("--help")) {
            cl.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                    .descriptionKey("mixinStandardHelpOptions.help")
                    .description("Show this help message and exit.").build());
        }
        cl.getSubcommands().values().forEach(NewsdeskCommand::addHelpOption);
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Newsdesk " + Version.current()};
        }
    }
}
