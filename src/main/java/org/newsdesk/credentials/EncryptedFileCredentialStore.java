package org.newsdesk.credentials;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
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

    private static final byte[] MAGIC = {'N', 'D', 'C', 'R', 'E', 'D'};
    private static final byte FORMAT = 1;
    private static final int SALT_BYTES = 16;
    private static final int CHECK_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + CHECK_BYTES + IV_BYTES;
    private static final int MIN_ITERATIONS = 1_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final byte[] CHECK_LABEL = "newsdesk credential key check".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private byte[] key;
    private byte[] salt;
    private int keyIterations;

    public EncryptedFileCredentialStore(Path file) {
        this(file, DEFAULT_ITERATIONS);
    }

    /** With another iteration count for new files (tests; a file keeps the count it was written with). */
    public EncryptedFileCredentialStore(Path file, int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range: " + iterations);
        }
        this.file = file;
        this.iterations = iterations;
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
        byte[] newSalt = randomBytes(SALT_BYTES);
        byte[] newKey = derive(masterPassword, newSalt, iterations);
        write(newKey, newSalt, iterations, new TreeMap<>());
        adopt(newKey, newSalt, iterations);
    }

    /** Opens the existing file; a wrong password leaves the store locked and the file untouched. */
    public synchronized void unlock(char[] masterPassword) {
        requireNotEmpty(masterPassword);
        Sealed sealed = read();
        if (sealed == null) {
            throw new CredentialStoreException(Problem.FILE_ACCESS, file, "the credentials file does not exist");
        }
        byte[] candidate = derive(masterPassword, sealed.salt, sealed.iterations);
        if (!MessageDigest.isEqual(keyCheck(candidate), sealed.check)) {
            Arrays.fill(candidate, (byte) 0);
            throw new CredentialStoreException(Problem.WRONG_PASSWORD, file, "wrong master password");
        }
        wipe(open(candidate, sealed));
        adopt(candidate, sealed.salt, sealed.iterations);
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
        byte[] check = derive(current, salt, keyIterations);
        boolean right = MessageDigest.isEqual(check, key);
        Arrays.fill(check, (byte) 0);
        if (!right) {
            throw new CredentialStoreException(Problem.WRONG_PASSWORD, file, "wrong master password");
        }
        Map<String, char[]> secrets = secrets();
        try {
            byte[] newSalt = randomBytes(SALT_BYTES);
            byte[] newKey = derive(next, newSalt, iterations);
            write(newKey, newSalt, iterations, secrets);
            lock();
            adopt(newKey, newSalt, iterations);
        } finally {
            wipe(secrets);
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
        wipe(secrets);
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
            write(key, salt, keyIterations, secrets);
        } finally {
            wipe(secrets);
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
                write(key, salt, keyIterations, secrets);
            }
        } finally {
            wipe(secrets);
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
        Sealed sealed = read();
        if (sealed == null) {
            return new TreeMap<>();
        }
        if (!MessageDigest.isEqual(keyCheck(key), sealed.check)) {
            lock();
            throw new CredentialStoreException(Problem.LOCKED, file, "the credentials file was replaced; unlock it again");
        }
        return open(key, sealed);
    }

    private record Sealed(byte[] header, int iterations, byte[] salt, byte[] check, byte[] iv, byte[] ciphertext) {
    }

    /** The file's parts, or {@code null} when there is no file. */
    private Sealed read() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new CredentialStoreException(Problem.FILE_ACCESS, file, "cannot read the credentials file", e);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            byte format = in.get();
            int count = in.getInt();
            if (!Arrays.equals(magic, MAGIC) || format != FORMAT || count < MIN_ITERATIONS || count > MAX_ITERATIONS
                    || bytes.length < HEADER_BYTES + TAG_BITS / 8) {
                throw damaged(null);
            }
            byte[] fileSalt = new byte[SALT_BYTES];
            byte[] check = new byte[CHECK_BYTES];
            byte[] iv = new byte[IV_BYTES];
            in.get(fileSalt).get(check).get(iv);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            return new Sealed(Arrays.copyOf(bytes, HEADER_BYTES), count, fileSalt, check, iv, ciphertext);
        } catch (BufferUnderflowException e) {
            throw damaged(e);
        }
    }

    private Map<String, char[]> open(byte[] withKey, Sealed sealed) {
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(withKey, "AES"), new GCMParameterSpec(TAG_BITS, sealed.iv));
            cipher.updateAAD(sealed.header);
            plain = cipher.doFinal(sealed.ciphertext);
        } catch (AEADBadTagException e) {
            throw damaged(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
        try {
            return decode(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private Map<String, char[]> decode(byte[] plain) {
        Map<String, char[]> secrets = new TreeMap<>();
        try {
            ByteBuffer in = ByteBuffer.wrap(plain);
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                String name = new String(utf8(in), StandardCharsets.UTF_8);
                ByteBuffer secretBytes = ByteBuffer.wrap(utf8(in));
                CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).decode(secretBytes);
                char[] secret = new char[chars.remaining()];
                chars.get(secret);
                Arrays.fill(chars.array(), '\0');
                Arrays.fill(secretBytes.array(), (byte) 0);
                secrets.put(name, secret);
            }
            return secrets;
        } catch (BufferUnderflowException | CharacterCodingException | IllegalArgumentException e) {
            wipe(secrets);
            throw damaged(e);
        }
    }

    private static byte[] utf8(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad length");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return bytes;
    }

    private void write(byte[] withKey, byte[] withSalt, int withIterations, Map<String, char[]> secrets) {
        byte[] plain = encode(secrets);
        byte[] iv = randomBytes(IV_BYTES);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).put(FORMAT).putInt(withIterations).put(withSalt).put(keyCheck(withKey)).put(iv);
        byte[] out;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(withKey, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header.array());
            byte[] ciphertext = cipher.doFinal(plain);
            out = ByteBuffer.allocate(HEADER_BYTES + ciphertext.length).put(header.array()).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        replaceFile(out);
    }

    private static byte[] encode(Map<String, char[]> secrets) {
        byte[][] names = new byte[secrets.size()][];
        ByteBuffer[] values = new ByteBuffer[secrets.size()];
        int size = 4;
        int i = 0;
        try {
            for (Map.Entry<String, char[]> e : secrets.entrySet()) {
                names[i] = e.getKey().getBytes(StandardCharsets.UTF_8);
                values[i] = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(e.getValue()));
                size += 8 + names[i].length + values[i].remaining();
                i++;
            }
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a secret is not valid text (lone surrogate)", e);
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(secrets.size());
        for (int j = 0; j < names.length; j++) {
            out.putInt(names[j].length).put(names[j]);
            out.putInt(values[j].remaining()).put(values[j]);
            Arrays.fill(values[j].array(), (byte) 0);
        }
        return out.array();
    }

    private void replaceFile(byte[] bytes) {
        Path temp = null;
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + FILE_NAME + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new CredentialStoreException(Problem.FILE_ACCESS, file, "cannot write the credentials file", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write failure being reported matters more than a leftover temporary file
                }
            }
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        char[] normalised = Normalizer.isNormalized(CharBuffer.wrap(password), Normalizer.Form.NFC)
                ? password : Normalizer.normalize(CharBuffer.wrap(password), Normalizer.Form.NFC).toCharArray();
        PBEKeySpec spec = new PBEKeySpec(normalised, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
            if (normalised != password) {
                Arrays.fill(normalised, '\0');
            }
        }
    }

    private static byte[] keyCheck(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(CHECK_LABEL), CHECK_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private CredentialStoreException damaged(Throwable cause) {
        return new CredentialStoreException(Problem.DAMAGED, file, "the credentials file is damaged", cause);
    }

    private static void wipe(Map<String, char[]> secrets) {
        secrets.values().forEach(s -> Arrays.fill(s, '\0'));
        secrets.clear();
    }
}
