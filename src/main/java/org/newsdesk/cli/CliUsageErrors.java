package org.newsdesk.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A usage error (unknown option, missing parameter, bad value) as one line {@code newsdesk: ...} in the
 * {@code --lang} language, followed by the usage of the command it concerns; exit code 2.
 */
final class CliUsageErrors implements CommandLine.IParameterExceptionHandler {

    private final CommandLine top;

    CliUsageErrors(CommandLine top) {
        this.top = top;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        NewsdeskCommand root = top.getCommand();
        String tag = root.lang != null ? root.lang : CliLanguage.langIn(args);
        ResourceBundle bundle = CliLanguage.bundle(tag);
        top.setResourceBundle(bundle);
        CommandLine failed = ex.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("newsdesk: " + describe(ex, bundle).replace('\n', ' '));
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println(text(bundle, "cli.error.suggestions", String.join(", ", u.getSuggestions())));
        }
        failed.usage(err, failed.getColorScheme());
        err.flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String describe(CommandLine.ParameterException ex, ResourceBundle bundle) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return text(bundle, first.startsWith("-") ? "cli.error.unknownOption" : "cli.error.unexpected",
                    String.join(" ", unmatched));
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return text(bundle, "cli.error.missing",
                    m.getMissing().stream().map(CliUsageErrors::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return text(bundle, "cli.error.repeated", name(o.getOverwritten()));
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException c && ex.getArgSpec() != null) {
            return text(bundle, "cli.error.badValue", name(ex.getArgSpec()), ex.getValue(), c.getMessage());
        }
        if (ex.getArgSpec() == null && ex.getValue() != null && ex.getMessage().startsWith("Unknown subcommand")) {
            return text(bundle, "cli.error.unknownCommand", ex.getValue()); // help NOSUCH
        }
        // commands raise their own usage errors already in the --lang language (e.g. an unknown status)
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return o.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }

    private static String text(ResourceBundle bundle, String key, Object... args) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
