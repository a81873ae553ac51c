package org.newsdesk.credentials;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.credentials.CredentialStoreException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the macOS Keychain (the editor's login keychain), spoken to by
 * {@code /usr/bin/security}: generic passwords with service {@code newsdesk} (as in the
 * Secret Service store) and the target's name as account, labelled {@code Newsdesk: <name>}.
 *
 * <p>The tool runs as {@code security -i} and gets its one command on standard input, so the
 * secret never appears on a command line (which {@code ps} shows to every user). In that
 * mode {@code security} splits a line at white space, a double-quoted argument may hold
 * anything but a line break, a backslash takes the next character literally, a line is read
 * into a 4,096-byte buffer, and the exit status is that of the last command run.
 *
 * <p>The value kept is {@value #ENCODED_PREFIX} followed by the Base64 of the secret's UTF-8
 * bytes: {@code find-generic-password -w} prints a value holding any byte outside printable
 * ASCII as hex, and a line break cannot be passed at all, so a Chinese password would not
 * come back as it went in. A value without the prefix (an entry someone added by hand) is
 * returned as it is.
 *
 * <p>Exit statuses are the low byte of the Security framework's {@code OSStatus}.
 *
 * <p>Not exercised against a real Keychain in this project's tests (they run on Linux):
 * {@code MacKeychainCredentialStoreTest} runs it against a stand-in {@code security}.
 */
public final class MacKeychainCredentialStore implements OsCredentialStore {

    public static final String KIND_KEY = "credentials.kind.keychain";
    public static final String SYSTEM_COMMAND = "/usr/bin/security";
    static final String ENCODED_PREFIX = "newsdesk-base64:";

    /** {@code errSecItemNotFound} (-25300). */
    static final int ITEM_NOT_FOUND = 44;
    /** {@code errSecInteractionNotAllowed} (-25308): the keychain is locked and no one can be asked. */
    static final int INTERACTION_NOT_ALLOWED = 36;
    /** {@code errSecAuthFailed} (-25293): the keychain password given to unlock it was wrong. */
    static final int AUTH_FAILED = 51;
    /** {@code errSecUserCanceled} (-128): the editor refused or cancelled the unlock dialog. */
    static final int USER_CANCELED = 128;
    /** {@code errSecNoDefaultKeychain} (-25307). */
    static final int NO_DEFAULT_KEYCHAIN = 37;
    /** A line longer than this is cut by {@code security -i} (4,096-byte buffer): stay well inside. */
    static final int MAX_LINE_BYTES = 4_000;

    private static final Logger LOG = LoggerFactory.getLogger(MacKeychainCredentialStore.class);
    private static final long PROBE_SECONDS = 5;
    /** The Keychain may ask the editor to unlock it or to allow access first. */
    private static final long CALL_SECONDS = 120;

    private final String command;

    /** @param command {@value #SYSTEM_COMMAND}, or a stand-in with the same behaviour (tests) */
    public MacKeychainCredentialStore(String command) {
        this.command = command;
    }

    /** The editor's Keychain through the system's {@code security}. */
    public static MacKeychainCredentialStore ofSession() {
        return new MacKeychainCredentialStore(SYSTEM_COMMAND);
    }

    /**
     * Whether {@code security} runs and the editor has a default keychain. It asks
     * {@code default-keychain}, which touches no item, so no unlock dialog can appear at start.
     */
    @Override
    public boolean isAvailable() {
        try {
            ToolRun.Result r = run("default-keychain", PROBE_SECONDS);
            r.wipe();
            if (r.exit() != 0) {
                LOG.info("no default keychain: {}", describe(r.exit(), r.stderr()));
            }
            return r.exit() == 0;
        } catch (CredentialStoreException e) {
            LOG.info("no macOS Keychain: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public Optional<char[]> secret(String targetName) {
        ToolRun.Result r = run("find-generic-password -s " + quote(SecretServiceCredentialStore.SERVICE)
                + " -a " + quote(targetName) + " -w", CALL_SECONDS);
        try {
            if (r.exit() == ITEM_NOT_FOUND) {
                return Optional.empty();
            }
            requireSuccess(r, "find-generic-password", true);
            return Optional.of(decodeValue(r.stdout()));
        } finally {
            r.wipe();
        }
    }

    @Override
    public void store(String targetName, char[] secret) {
        byte[] value = encodeValue(secret);
        byte[] line = null;
        try {
            String before = "add-generic-password -U -s " + quote(SecretServiceCredentialStore.SERVICE)
                    + " -a " + quote(targetName) + " -l " + quote("Newsdesk: " + targetName) + " -w \"";
            byte[] head = before.getBytes(StandardCharsets.UTF_8);
            // the encoded value is Base64 after an ASCII prefix: nothing in it needs escaping
            line = new byte[head.length + value.length + 2];
            System.arraycopy(head, 0, line, 0, head.length);
            System.arraycopy(value, 0, line, head.length, value.length);
            line[line.length - 2] = '"';
            line[line.length - 1] = '\n';
            if (line.length > MAX_LINE_BYTES) {
                throw new IllegalArgumentException("the secret is too long for the macOS Keychain command ("
                        + line.length + " bytes, at most " + MAX_LINE_BYTES + ")");
            }
            ToolRun.Result r = ToolRun.run(List.of(command, "-i"), Map.of(), line, CALL_SECONDS);
            r.wipe();
            // security's complaints about a stored line are not repeated: they could quote part of it
            requireSuccess(r, "add-generic-password", false);
        } finally {
            Arrays.fill(value, (byte) 0);
            if (line != null) {
                Arrays.fill(line, (byte) 0);
            }
        }
    }

    @Override
    public void remove(String targetName) {
        ToolRun.Result r = run("delete-generic-password -s " + quote(SecretServiceCredentialStore.SERVICE)
                + " -a " + quote(targetName), CALL_SECONDS);
        r.wipe();
        if (r.exit() != ITEM_NOT_FOUND) {
            requireSuccess(r, "delete-generic-password", true);
        }
    }

    @Override
    public String kindKey() {
        return KIND_KEY;
    }

    /**
     * One argument of a {@code security -i} line: in double quotes, with backslash and double
     * quote escaped by a backslash. A line break would end the command, so it is refused.
     */
    static String quote(String argument) {
        StringBuilder sb = new StringBuilder(argument.length() + 2).append('"');
        for (int i = 0; i < argument.length(); i++) {
            char c = argument.charAt(i);
            if (c == '\n' || c == '\r' || c == '\0') {
                throw new IllegalArgumentException("a line break or NUL cannot be passed to security -i");
            }
            if (c == '\\' || c == '"') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /** {@value #ENCODED_PREFIX} and the Base64 of the secret's UTF-8 bytes, as ASCII bytes. */
    static byte[] encodeValue(char[] secret) {
        ByteBuffer utf8;
        try {
            utf8 = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(secret));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the secret is not valid text (lone surrogate)", e);
        }
        byte[] raw = new byte[utf8.remaining()];
        utf8.get(raw);
        Arrays.fill(utf8.array(), (byte) 0);
        byte[] base64 = Base64.getEncoder().encode(raw);
        Arrays.fill(raw, (byte) 0);
        byte[] prefix = ENCODED_PREFIX.getBytes(StandardCharsets.US_ASCII);
        byte[] value = Arrays.copyOf(prefix, prefix.length + base64.length);
        System.arraycopy(base64, 0, value, prefix.length, base64.length);
        Arrays.fill(base64, (byte) 0);
        return value;
    }

    /** What {@code find-generic-password -w} printed (the value and a line break), as the secret. */
    static char[] decodeValue(byte[] printed) {
        int end = printed.length;
        if (end > 0 && printed[end - 1] == '\n') {
            end--;
        }
        byte[] prefix = ENCODED_PREFIX.getBytes(StandardCharsets.US_ASCII);
        boolean encoded = end >= prefix.length && Arrays.equals(printed, 0, prefix.length, prefix, 0, prefix.length);
        byte[] utf8 = null;
        try {
            if (encoded) {
                ByteBuffer base64 = ByteBuffer.wrap(printed, prefix.length, end - prefix.length);
                ByteBuffer decoded = Base64.getDecoder().decode(base64);
                utf8 = new byte[decoded.remaining()];
                decoded.get(utf8);
                Arrays.fill(decoded.array(), (byte) 0);
            } else {
                utf8 = Arrays.copyOf(printed, end);
            }
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(utf8));
            char[] secret = new char[chars.remaining()];
            chars.get(secret);
            Arrays.fill(chars.array(), '\0');
            return secret;
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new CredentialStoreException(Problem.KEYRING, null, "the Keychain returned a value Newsdesk cannot read");
        } finally {
            if (utf8 != null) {
                Arrays.fill(utf8, (byte) 0);
            }
        }
    }

    private ToolRun.Result run(String line, long seconds) {
        byte[] input = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (input.length > MAX_LINE_BYTES) {
            throw new IllegalArgumentException("the target name is too long for the macOS Keychain command");
        }
        return ToolRun.run(List.of(command, "-i"), Map.of(), input, seconds);
    }

    private static void requireSuccess(ToolRun.Result r, String what, boolean withToolText) {
        if (r.exit() != 0) {
            String text = describe(r.exit(), withToolText ? r.stderr() : "");
            throw new CredentialStoreException(Problem.KEYRING, null, "security " + what + " failed: " + text);
        }
    }

    /** The exit status in words, for the log and the exception (never shown with a secret). */
    static String describe(int exit, String stderr) {
        String meaning = switch (exit) {
            case ITEM_NOT_FOUND -> "item not found";
            case INTERACTION_NOT_ALLOWED -> "the keychain is locked and cannot ask to be unlocked";
            case AUTH_FAILED -> "the keychain could not be unlocked";
            case USER_CANCELED -> "access was refused or the unlock dialog cancelled";
            case NO_DEFAULT_KEYCHAIN -> "no default keychain";
            default -> "refused";
        };
        String said = stderr == null ? "" : stderr.strip();
        return said.isEmpty() ? meaning + " (exit " + exit + ")" : meaning + " (exit " + exit + "): " + said;
    }
}
