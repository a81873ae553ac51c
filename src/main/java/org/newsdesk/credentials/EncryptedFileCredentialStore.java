package org.newsdesk.credentials;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsdesk.credentials.CredentialStoreException.Problem;

/**
 * Secrets in one file of the data folder, encrypted with a key derived from a master
 * password the editor chooses: PBKDF2-HMAC-SHA256 over the password's UTF-8 bytes (any
 * script, normalised to NFC) with a random salt, AES-256-GCM with a fresh random IV on
 * every write, the file's header authenticated with the contents. Only the derived key
 * is held while unlocked; each call decrypts the file, takes what it needs and wipes
 * the rest. Every write goes to a temporary file that replaces the old one in one move.
 *
 * <p>Layout: {@code NDCRED}, format 1, iterations (int), salt (16), key check (16),
 * IV (12), ciphertext with its 16-byte tag. The key check (an HMAC of a fixed label
 * under the key) tells a wrong password from a damaged file.
 */
public final class EncryptedFileCredentialStore implements CredentialStore {

    public static final String FILE_NAME = "credentials.enc";
    public static final String KIND_KEY = "credentials.kind.file";
    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private final Path file;
    private final int iterations;
    private final SealedCredentialsFile sealedFile;
    private byte[] key;
    private byte[] salt;
    private int keyIterations;

    public EncryptedFileCredentialStore(Path file) {
        this(file, DEFAULT_ITERATIONS);
    }

    /** With another iteration count for new files (tests; a file keeps the count it was written with). */
    public EncryptedFileCredentialStore(Path file, int iterations) {
        if (iterations < SealedCredentialsFile.MIN_ITERATIONS || iterations > SealedCredentialsFile.MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.file = file;
        this.iterations = iterations;
        this.sealedFile = new SealedCredentialsFile(file);
    }

    public Path file() {
        return file;
    }

    /** Whether the encrypted file exists (else {@link #create} makes it). */
    public boolean exists() {
        return Files.exists(file);
    }

    public synchronized boolean isUnlocked() {
        return key != null;
    }

    /** Starts a new, empty file protected by {@code masterPassword}, and leaves it unlocked. */
    public synchronized void create(char[] masterPassword) {
        requireNotEmpty(masterPassword);
        if (Files.exists(file)) {
            throw new CredentialStoreException(Problem.ALREADY_EXISTS, file, "the credentials file already exists");
        }
        byte[] newSalt = sealedFile.newSalt();
        byte[] newKey = SealedCredentialsFile.derive(masterPassword, newSalt, iterations);
        sealedFile.write(newKey, newSalt, iterations, new TreeMap<>());
        adopt(newKey, newSalt, iterations);
    }

    /** Opens the existing file; a wrong password leaves the store locked and the file untouched. */
    public synchronized void unlock(char[] masterPassword) {
        requireNotEmpty(masterPassword);
        SealedCredentialsFile.Sealed sealed = sealedFile.read();
        if (sealed == null) {
            throw new CredentialStoreException(Problem.FILE_ACCESS, file, "the credentials file does not exist");
        }
        byte[] candidate = SealedCredentialsFile.derive(masterPassword, sealed.salt(), sealed.iterations());
        if (!MessageDigest.isEqual(SealedCredentialsFile.keyCheck(candidate), sealed.check())) {
            Arrays.fill(candidate, (byte) 0);
            throw new CredentialStoreException(Problem.WRONG_PASSWORD, file, "wrong master password");
        }
        SealedCredentialsFile.wipe(sealedFile.open(candidate, sealed));
        adopt(candidate, sealed.salt(), sealed.iterations());
    }

    /** Forgets the key: the next use needs the master password again. */
    public synchronized void lock() {
        if (key != null) {
            Arrays.fill(key, (byte) 0);
        }
        key = null;
    }

    /** Re-encrypts every secret under a new master password (new salt). */
    public synchronized void changeMasterPassword(char[] current, char[] next) {
        requireNotEmpty(next);
        requireUnlocked();
        byte[] check = SealedCredentialsFile.derive(current, salt, keyIterations);
        boolean right = MessageDigest.isEqual(check, key);
        Arrays.fill(check, (byte) 0);
        if (!right) {
            throw new CredentialStoreException(Problem.WRONG_PASSWORD, file, "wrong master password");
        }
        Map<String, char[]> secrets = secrets();
        try {
            byte[] newSalt = sealedFile.newSalt();
            byte[] newKey = SealedCredentialsFile.derive(next, newSalt, iterations);
            sealedFile.write(newKey, newSalt, iterations, secrets);
            lock();
            adopt(newKey, newSalt, iterations);
        } finally {
            SealedCredentialsFile.wipe(secrets);
        }
    }

    @Override
    public synchronized Optional<char[]> secret(String targetName) {
        if (key == null && !exists()) {
            return Optional.empty(); // no file, no secrets: targets without one need no master password
        }
        requireUnlocked();
        Map<String, char[]> secrets = secrets();
        char[] secret = secrets.remove(targetName);
        SealedCredentialsFile.wipe(secrets);
        return Optional.ofNullable(secret);
    }

    @Override
    public synchronized void store(String targetName, char[] secret) {
        requireUnlocked();
        Map<String, char[]> secrets = secrets();
        try {
            char[] old = secrets.put(targetName, secret.clone());
            if (old != null) {
                Arrays.fill(old, '\0');
            }
            sealedFile.write(key, salt, keyIterations, secrets);
        } finally {
            SealedCredentialsFile.wipe(secrets);
        }
    }

    @Override
    public synchronized void remove(String targetName) {
        if (key == null && !exists()) {
            return;
        }
        requireUnlocked();
        Map<String, char[]> secrets = secrets();
        try {
            char[] old = secrets.remove(targetName);
            if (old != null) {
                Arrays.fill(old, '\0');
                sealedFile.write(key, salt, keyIterations, secrets);
            }
        } finally {
            SealedCredentialsFile.wipe(secrets);
        }
    }

    @Override
    public String kindKey() {
        return KIND_KEY;
    }

    private void requireUnlocked() {
        if (key == null) {
            throw new CredentialStoreException(Problem.LOCKED, file, "the credentials file is locked");
        }
    }

    private void requireNotEmpty(char[] password) {
        if (password == null || password.length == 0) {
            throw new CredentialStoreException(Problem.EMPTY_PASSWORD, file, "the master password is empty");
        }
    }

    private void adopt(byte[] newKey, byte[] newSalt, int newIterations) {
        key = newKey;
        salt = newSalt;
        keyIterations = newIterations;
    }

    /** The secrets now in the file (none if it was removed since it was unlocked). */
    private Map<String, char[]> secrets() {
        SealedCredentialsFile.Sealed sealed = sealedFile.read();
        if (sealed == null) {
            return new TreeMap<>();
        }
        if (!MessageDigest.isEqual(SealedCredentialsFile.keyCheck(key), sealed.check())) {
            lock();
            throw new CredentialStoreException(Problem.LOCKED, file, "the credentials file was replaced; unlock it again");
        }
        return sealedFile.open(key, sealed);
    }
}
