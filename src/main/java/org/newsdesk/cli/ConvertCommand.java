package org.newsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsdesk.export.script.ConversionLists;
import org.newsdesk.export.script.Script;
import org.newsdesk.export.script.ScriptConverter;
import org.newsdesk.export.script.Wording;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "convert", description = "Convert plain UTF-8 text between Simplified and Traditional script "
        + "(with the data folder's override lists) and print it.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    NewsdeskCommand root;
    @Spec
    CommandSpec spec;
    @Option(names = "--to", required = true, paramLabel = "hant|hans", converter = TargetOption.class,
            description = "hant: Traditional, hans: Simplified.")
    Script target;
    @Option(names = "--wording", paramLabel = "characters|taiwan|hongkong", defaultValue = "characters",
            converter = WordingOption.class,
            description = "characters (default): change characters only, never words; "
                    + "taiwan: Traditional with Taiwan vocabulary (信息 → 資訊); "
                    + "hongkong: characters only, in Hong Kong forms (説, 着).")
    Wording wording;
    @Parameters(paramLabel = "FILE|-", arity = "0..1", defaultValue = "-", description = "The text file; - or none: stdin.")
    String file;


    @Override
    public Integer call() {
        String text = read();
        ScriptConverter converter = new ScriptConverter(ConversionLists.forDataFolder(root.dataFolder()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(converter.convert(text, target, wording));
        out.flush();
        return 0;
    }

    private String read() {
        try {
            if ("-".equals(file)) {
                // System.in looked up now, not when the command was built, so a caller can redirect it
                InputStream stdin = System.in;
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new ConvertFailed(root.messages().get("convert.error.read", file,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    static final class TargetOption implements CommandLine.ITypeConverter<Script> {
        @Override
        public Script convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "hant" -> Script.HANT;
                case "hans" -> Script.HANS;
                default -> throw new CommandLine.TypeConversionException("expected hant or hans: " + value);
            };
        }
    }

    static final class WordingOption implements CommandLine.ITypeConverter<Wording> {
        @Override
        public Wording convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "characters" -> Wording.CHARACTERS;
                case "taiwan" -> Wording.TAIWAN_PHRASES;
                case "hongkong", "hk" -> Wording.HONG_KONG;
                default -> throw new CommandLine.TypeConversionException("expected characters, taiwan or hongkong: " + value);
            };
        }
    }

    /** Carries the localised message to the one-line error handler. */
    static final class ConvertFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ConvertFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
