package org.newsdesk.credentials;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.newsdesk.credentials.CredentialStoreException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the Windows Credential Manager ("Windows Credentials", generic credentials of
 * the signed-in user on this machine). Each target's entry is named by
 * {@link #credentialTarget(String)}, shows the target's name as its user name, and keeps
 * the secret as UTF-16LE bytes, as Windows' own tools keep passwords.
 *
 * <p>Only created on Windows; on any other machine {@link #isAvailable()} is false. The
 * real Credential Manager is not exercised by this project's tests (they run on Linux):
 * they check the naming, the blob encoding and the error handling against an in-memory
 * {@link CredentialManager}.
 */
public final class WindowsCredentialStore implements OsCredentialStore {

    public static final String KIND_KEY = "credentials.kind.credentialManager";
    /** {@code CRED_MAX_CREDENTIAL_BLOB_SIZE}: 5 × 512 bytes, 1,280 UTF-16 code units. */
    static final int MAX_BLOB_BYTES = 5 * 512;
    /** {@code CRED_MAX_USERNAME_LENGTH}. */
    static final int MAX_USER_NAME = 513;
    static final String TARGET_PREFIX = SecretServiceCredentialStore.SERVICE + ":";

    private static final Logger LOG = LoggerFactory.getLogger(WindowsCredentialStore.class);
    private static final String PROBE_TARGET = "newsdesk-availability-probe";

    private final CredentialManager manager;

    WindowsCredentialStore(CredentialManager manager) {
        this.manager = manager;
    }

    /** The signed-in user's Credential Manager, through JNA; call only on Windows. */
    public static WindowsCredentialStore ofSession() {
        return new WindowsCredentialStore(new WinCredApi());
    }

    /** Whether the Credential Manager answers: a look-up of an entry that does not exist. */
    @Override
    public boolean isAvailable() {
        try {
            byte[] none = manager.read(credentialTarget(PROBE_TARGET));
            if (none != null) {
                Arrays.fill(none, (byte) 0);
            }
            return true;
        } catch (CredentialManager.Failure e) {
            LOG.info("Windows Credential Manager refused: {}", e.getMessage());
            return false;
        } catch (LinkageError e) {
            LOG.info("Windows Credential Manager cannot be reached: {}", e.toString());
            return false;
        }
    }

    @Override
    public Optional<char[]> secret(String targetName) {
        byte[] blob = call(() -> manager.read(credentialTarget(targetName)));
        if (blob == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(fromBlob(blob));
        } finally {
            Arrays.fill(blob, (byte) 0);
        }
    }

    @Override
    public void store(String targetName, char[] secret) {
        byte[] blob = toBlob(secret);
        try {
            if (blob.length > MAX_BLOB_BYTES) {
                throw new IllegalArgumentException("the secret is too long for the Windows Credential Manager ("
                        + secret.length + " characters, at most " + MAX_BLOB_BYTES / 2 + ")");
            }
            String userName = targetName.length() > MAX_USER_NAME ? targetName.substring(0, MAX_USER_NAME) : targetName;
            call(() -> {
                manager.write(credentialTarget(targetName), userName, "Newsdesk: " + targetName, blob);
                return null;
            });
        } finally {
            Arrays.fill(blob, (byte) 0);
        }
    }

    @Override
    public void remove(String targetName) {
        call(() -> manager.delete(credentialTarget(targetName)));
    }

    @Override
    public String kindKey() {
        return KIND_KEY;
    }

    /**
     * The Credential Manager entry of a delivery target: {@code newsdesk:} and the name with
     * lower-case ASCII letters, digits, space, {@code - . _} as they are, an upper-case ASCII
     * letter as {@code ^} and its lower case, and every other character as {@code %XX} per
     * UTF-8 byte. Windows compares entry names without regard to case; this keeps targets
     * whose names differ only in case ("Portal", "portal", "Ä", "ä") apart.
     */
    static String credentialTarget(String name) {
        StringBuilder sb = new StringBuilder(TARGET_PREFIX);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '.' || c == '_') {
                sb.append((char) c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append('^').append(Character.toLowerCase((char) c));
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    /** The secret as UTF-16LE bytes, two per {@code char}, no terminator. */
    static byte[] toBlob(char[] secret) {
        byte[] blob = new byte[secret.length * 2];
        for (int i = 0; i < secret.length; i++) {
            blob[2 * i] = (byte) secret[i];
            blob[2 * i + 1] = (byte) (secret[i] >>> 8);
        }
        return blob;
    }

    /** A UTF-16LE blob as the secret; an odd number of bytes was not written as text. */
    static char[] fromBlob(byte[] blob) {
        if (blob.length % 2 != 0) {
            throw new CredentialStoreException(Problem.KEYRING, null,
                    "the Credential Manager entry holds " + blob.length + " bytes, not UTF-16 text");
        }
        char[] secret = new char[blob.length / 2];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (char) ((blob[2 * i] & 0xFF) | (blob[2 * i + 1] & 0xFF) << 8);
        }
        return secret;
    }

    private interface Call<T> {
        T run();
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (CredentialManager.Failure e) {
            String why = e.code() == CredentialManager.ERROR_NO_SUCH_LOGON_SESSION
                    ? "this logon session has no credential set" : e.getMessage();
            throw new CredentialStoreException(Problem.KEYRING, null, "Windows Credential Manager: " + why, e);
        } catch (LinkageError e) {
            throw new CredentialStoreException(Problem.KEYRING, null, "Windows Credential Manager cannot be reached", e);
        }
    }
}
