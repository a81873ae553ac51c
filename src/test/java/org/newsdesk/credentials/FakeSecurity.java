package org.newsdesk.credentials;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * A stand-in for macOS {@code /usr/bin/security}, for tests on a machine without it. It is
 * NOT the Keychain: it keeps items in {@code items.properties} in its folder and implements
 * only what {@link MacKeychainCredentialStore} uses, as the tool is documented and reported
 * to behave: interactive mode ({@code -i}, commands on standard input, a line read into a
 * 4,096-byte buffer so a longer one is cut and its rest run as the next command, arguments
 * split at white space, quoted with {@code "} or {@code '}, a backslash taking the next
 * character literally, exit status of the last command), {@code default-keychain},
 * {@code find-generic-password -s -a [-w]} (a value with any byte outside printable ASCII
 * printed as hex), {@code add-generic-password -s -a [-l] [-U] -w} and
 * {@code delete-generic-password -s -a}. Exit statuses are the low byte of the OSStatus.
 *
 * <p>A file {@code locked} in its folder makes item commands fail as a locked keychain
 * does (36); {@code no-keychain} makes {@code default-keychain} fail (37).
 *
 * <p>Started as {@code java -cp ... FakeSecurity <folder> <security's arguments>} by the
 * shell script {@link MacKeychainCredentialStoreTest} writes, which first appends the
 * arguments it was given to {@code argv.log}.
 */
public final class FakeSecurity {

    private static final int LINE_BUFFER = 4096;
    private static final int MAX_ARGS = 32;

    private final Path folder;
    private final PrintStream out;
    private final PrintStream err;

    private FakeSecurity(Path folder, PrintStream out, PrintStream err) {
        this.folder = folder;
        this.out = out;
        this.err = err;
    }

    /**
     * Writes the stand-in's launcher, {@code security}, into {@code folder} (which also holds
     * its items and {@code argv.log}) and returns its path.
     */
    static Path install(Path folder) throws IOException {
        Path security = folder.resolve("security");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(security, "#!/bin/sh\n"
                + "printf '%s\\n' \"$*\" >> " + shellQuote(folder.resolve("argv.log").toString()) + "\n"
                + "exec " + shellQuote(java) + " -Xshare:auto -XX:TieredStopAtLevel=1 -cp "
                + shellQuote(System.getProperty("java.class.path")) + " " + FakeSecurity.class.getName() + " "
                + shellQuote(folder.toString()) + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(security, PosixFilePermissions.fromString("rwx------"));
        return security;
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (args.length != 2 || !args[1].equals("-i")) {
            err.println("stand-in security: only interactive mode (-i) is implemented");
            System.exit(2);
        }
        FakeSecurity security = new FakeSecurity(folder, out, err);
        int result = 0;
        for (byte[] line : lines(System.in)) {
            List<String> argv = split(new String(line, StandardCharsets.UTF_8));
            if (argv.isEmpty()) {
                continue;
            }
            result = security.execute(argv);
            if (result != 0) {
                err.println(argv.get(0) + ": returned " + result);
            }
        }
        out.flush();
        System.exit(result & 0xFF);
    }

    /** The input's lines as the tool reads them: at most 4,095 bytes each, a longer line cut. */
    static List<byte[]> lines(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (byte b : all) {
            if (b == '\n') {
                lines.add(line.toByteArray());
                line.reset();
                continue;
            }
            line.write(b);
            if (line.size() == LINE_BUFFER - 1) {
                lines.add(line.toByteArray());
                line.reset();
            }
        }
        if (line.size() > 0) {
            lines.add(line.toByteArray());
        }
        return lines;
    }

    /** Splits a command line into arguments by the interactive mode's rules. */
    static List<String> split(String line) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = null;
        char quote = 0;
        boolean escaped = false;
        for (int i = 0; i < line.length() && args.size() < MAX_ARGS; i++) {
            char c = line.charAt(i);
            if (arg == null) {
                if (Character.isWhitespace(c)) {
                    continue;
                }
                arg = new StringBuilder();
                if (c == '"' || c == '\'') {
                    quote = c;
                    continue;
                }
                quote = 0;
            }
            if (escaped) {
                arg.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (quote != 0 ? c == quote : Character.isWhitespace(c)) {
                args.add(arg.toString());
                arg = null;
            } else {
                arg.append(c);
            }
        }
        if (arg != null && args.size() < MAX_ARGS) {
            args.add(arg.toString());
        }
        return args;
    }

    private int execute(List<String> argv) throws IOException {
        String command = argv.get(0);
        if (command.equals("default-keychain")) {
            if (Files.exists(folder.resolve("no-keychain"))) {
                err.println("security: SecKeychainCopyDefault: A default keychain could not be found.");
                return 37;
            }
            out.println("    \"" + folder.resolve("login.keychain-db") + "\"");
            return 0;
        }
        Options o = Options.parse(argv);
        if (o == null) {
            err.println("security: unknown command \"" + command + "\"");
            return 1;
        }
        if (o.service == null || o.account == null) {
            return 2;
        }
        if (Files.exists(folder.resolve("locked"))) {
            err.println("security: SecKeychainItemCopyContent: User interaction is not allowed.");
            return 36;
        }
        Properties items = load();
        String key = o.service + "\t" + o.account;
        switch (command) {
            case "find-generic-password" -> {
                String hex = items.getProperty(key);
                if (hex == null) {
                    err.println("security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.");
                    return 44;
                }
                if (o.printPassword) {
                    byte[] value = HexFormat.of().parseHex(hex);
                    boolean printable = true;
                    for (byte b : value) {
                        printable &= b >= 0x20 && b <= 0x7E;
                    }
                    out.println(printable ? new String(value, StandardCharsets.US_ASCII) : hex);
                }
                return 0;
            }
            case "add-generic-password" -> {
                if (items.containsKey(key) && !o.update) {
                    err.println("security: SecKeychainItemCreateFromContent (<default>): The specified item already exists in the keychain.");
                    return 45;
                }
                if (o.password == null) {
                    return 2;
                }
                items.setProperty(key, HexFormat.of().formatHex(o.password.getBytes(StandardCharsets.UTF_8)));
                save(items);
                return 0;
            }
            default -> {
                if (items.remove(key) == null) {
                    err.println("security: SecKeychainSearchCopyNext: The specified item could not be found in the keychain.");
                    return 44;
                }
                save(items);
                err.println("password has been deleted.");
                return 0;
            }
        }
    }

    private Properties load() throws IOException {
        Properties items = new Properties();
        Path file = folder.resolve("items.properties");
        if (Files.exists(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                items.load(in);
            }
        }
        return items;
    }

    private void save(Properties items) throws IOException {
        try (var out = Files.newBufferedWriter(folder.resolve("items.properties"), StandardCharsets.UTF_8)) {
            items.store(out, null);
        }
    }

    private record Options(String service, String account, String password, boolean update, boolean printPassword) {

        static Options parse(List<String> argv) {
            List<String> known = List.of("find-generic-password", "add-generic-password", "delete-generic-password");
            if (!known.contains(argv.get(0))) {
                return null;
            }
            boolean finding = argv.get(0).equals("find-generic-password");
            String service = null;
            String account = null;
            String password = null;
            boolean update = false;
            boolean print = false;
            for (int i = 1; i < argv.size(); i++) {
                String a = argv.get(i);
                String next = i + 1 < argv.size() ? argv.get(i + 1) : null;
                switch (a) {
                    case "-s" -> { service = next; i++; }
                    case "-a" -> { account = next; i++; }
                    case "-l" -> i++;
                    case "-U" -> update = true;
                    case "-w" -> {
                        if (finding) {
                            print = true;
                        } else {
                            password = next;
                            i++;
                        }
                    }
                    default -> {
                        return null;
                    }
                }
            }
            return new Options(service, account, password, update, print);
        }
    }
}
