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
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Map;
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
 * The encrypted credentials file's format: reading and writing it, and the key derived from
 * the master password. See {@link EncryptedFileCredentialStore} for the layout.
 */
final class SealedCredentialsFile {

    private static final byte[] MAGIC = {'N', 'D', 'C', 'R', 'E', 'D'};
    private static final byte FORMAT = 1;
    private static final int SALT_BYTES = 16;
    private static final int CHECK_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + CHECK_BYTES + IV_BYTES;
    static final int MIN_ITERATIONS = 1_000;
    static final int MAX_ITERATIONS = 10_000_000;
    private static final byte[] CHECK_LABEL = "newsdesk credential key check".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final SecureRandom random = new SecureRandom();

    SealedCredentialsFile(Path file) {
        this.file = file;
    }

    /** A fresh random salt for a new master password. */
    byte[] newSalt() {
        return randomBytes(SALT_BYTES);
    }

    record Sealed(byte[] header, int iterations, byte[] salt, byte[] check, byte[] iv, byte[] ciphertext) {
    }

    /** The file's parts, or {@code null} when there is no file. */
    Sealed read() {
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

    Map<String, char[]> open(byte[] withKey, Sealed sealed) {
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(withKey, "AES"), new GCMParameterSpec(TAG_BITS, sealed.iv()));
            cipher.updateAAD(sealed.header());
            plain = cipher.doFinal(sealed.ciphertext());
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

    void write(byte[] withKey, byte[] withSalt, int withIterations, Map<String, char[]> secrets) {
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
            temp = Files.createTempFile(dir, "." + EncryptedFileCredentialStore.FILE_NAME + ".", ".tmp");
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

    static byte[] derive(char[] password, byte[] salt, int iterations) {
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

    static byte[] keyCheck(byte[] key) {
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

    static void wipe(Map<String, char[]> secrets) {
        secrets.values().forEach(s -> Arrays.fill(s, '\0'));
        secrets.clear();
    }
}
