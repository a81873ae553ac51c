package org.newsdesk.credentials;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsdesk.credentials.CredentialStoreException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the desktop's keyring through the freedesktop Secret Service (GNOME
 * Keyring, KWallet), spoken to by libsecret's {@code secret-tool}. A command rather
 * than a Java D-Bus library: no native code or extra jars in the app, and the same
 * tool an administrator would use to inspect the entries ({@code service=newsdesk},
 * {@code target=<name>}). Secrets travel over the tool's standard input and output,
 * never on its command line.
 */
public final class SecretServiceCredentialStore implements OsCredentialStore {

    public static final String KIND_KEY = "credentials.kind.keyring";
    private static final Logger LOG = LoggerFactory.getLogger(SecretServiceCredentialStore.class);
    /** The service attribute of every entry; the macOS Keychain and Windows stores use the same name. */
    static final String SERVICE = "newsdesk";
    private static final String PROBE_TARGET = "newsdesk-availability-probe";
    private static final long PROBE_SECONDS = 5;
    /** The keyring may ask the editor to unlock it first. */
    private static final long CALL_SECONDS = 120;

    private final String command;
    private final Map<String, String> environment;

    /**
     * @param command     {@code secret-tool} or a path to it
     * @param environment variables to set for it (e.g. the session bus address), on top of this process's
     */
    public SecretServiceCredentialStore(String command, Map<String, String> environment) {
        this.command = command;
        this.environment = Map.copyOf(environment);
    }

    /** The desktop session's keyring. */
    public static SecretServiceCredentialStore ofSession() {
        return new SecretServiceCredentialStore("secret-tool", Map.of());
    }

    /**
     * Whether a Secret Service answers: a look-up that finds nothing exits 1 without a
     * word, while a missing tool or session bus fails or complains on stderr.
     */
    @Override
    public boolean isAvailable() {
        try {
            ToolRun.Result r = run(List.of("lookup", "service", SERVICE, "target", PROBE_TARGET), null, PROBE_SECONDS);
            try {
                return r.exit() == 0 || (r.exit() == 1 && r.stderr().isBlank());
            } finally {
                r.wipe();
            }
        } catch (CredentialStoreException e) {
            LOG.info("no Secret Service: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public Optional<char[]> secret(String targetName) {
        ToolRun.Result r = run(List.of("lookup", "service", SERVICE, "target", targetName), null, CALL_SECONDS);
        try {
            if (r.exit() == 1 && r.stderr().isBlank()) {
                return Optional.empty();
            }
            requireSuccess(r, "lookup");
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(r.stdout()));
            char[] secret = new char[chars.remaining()];
            chars.get(secret);
            Arrays.fill(chars.array(), '\0');
            return Optional.of(secret);
        } catch (CharacterCodingException e) {
            throw new CredentialStoreException(Problem.KEYRING, null, "the keyring returned a secret that is not UTF-8");
        } finally {
            r.wipe();
        }
    }

    @Override
    public void store(String targetName, char[] secret) {
        ByteBuffer encoded;
        try {
            encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(secret));
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the secret is not valid text (lone surrogate)", e);
        }
        byte[] input = new byte[encoded.remaining()];
        encoded.get(input);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            ToolRun.Result r = run(List.of("store", "--label=Newsdesk: " + targetName, "service", SERVICE, "target", targetName),
                    input, CALL_SECONDS);
            requireSuccess(r, "store");
        } finally {
            Arrays.fill(input, (byte) 0);
        }
    }

    @Override
    public void remove(String targetName) {
        ToolRun.Result r = run(List.of("clear", "service", SERVICE, "target", targetName), null, CALL_SECONDS);
        // secret-tool clear exits 1 when nothing matched: nothing to forget is not a failure
        if (r.exit() != 0 && !r.stderr().isBlank()) {
            requireSuccess(r, "clear");
        }
    }

    @Override
    public String kindKey() {
        return KIND_KEY;
    }

    private static void requireSuccess(ToolRun.Result r, String what) {
        if (r.exit() != 0) {
            throw new CredentialStoreException(Problem.KEYRING, null,
                    "secret-tool " + what + " failed (exit " + r.exit() + "): " + r.stderr().strip());
        }
    }

    private ToolRun.Result run(List<String> args, byte[] input, long seconds) {
        List<String> cmd = new ArrayList<>();
        cmd.add(command);
        cmd.addAll(args);
        return ToolRun.run(cmd, environment, input, seconds);
    }
}
