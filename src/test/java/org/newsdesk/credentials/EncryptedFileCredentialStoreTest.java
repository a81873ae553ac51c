package org.newsdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.credentials.CredentialStoreException.Problem;

class EncryptedFileCredentialStoreTest {

    private static final int FAST = 1_000;

    @TempDir
    Path dir;

    @Test
    void secretsSurviveAReopenWithTheDefaultIterationCount() {
        Path file = dir.resolve(EncryptedFileCredentialStore.FILE_NAME);
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file);
        store.create("correct horse".toCharArray());
        store.store("portal", "s3cret:with colon".toCharArray());
        store.store("archive", "第二個密碼".toCharArray());

        EncryptedFileCredentialStore reopened = new EncryptedFileCredentialStore(file);
        assertThat(reopened.exists()).isTrue();
        assertThat(reopened.isUnlocked()).isFalse();
        reopened.unlock("correct horse".toCharArray());

        assertThat(reopened.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("s3cret:with colon"));
        assertThat(reopened.secret("archive")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("第二個密碼"));
        assertThat(reopened.secret("nobody")).isEmpty();
        assertThat(reopened.kindKey()).isEqualTo("credentials.kind.file");
    }

    @Test
    void withoutAFileThereAreNoSecretsAndNoMasterPasswordIsNeededToSaySo() {
        Path file = dir.resolve("none.enc");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);

        assertThat(store.secret("portal")).isEmpty();
        store.remove("portal");
        assertThat(file).doesNotExist();
        assertThatThrownBy(() -> store.store("portal", "pw".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.LOCKED));

        store.create("新的主密碼".toCharArray());
        store.lock();
        assertThatThrownBy(() -> store.secret("portal"))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.LOCKED));
    }

    @Test
    void aChineseMasterPasswordWorksAndIsNotConfusedWithASimilarOne() {
        Path file = dir.resolve("c.enc");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        store.create("天津政務網編輯部".toCharArray());
        store.store("portal", "pw".toCharArray());

        EncryptedFileCredentialStore wrong = new EncryptedFileCredentialStore(file, FAST);
        assertThatThrownBy(() -> wrong.unlock("天津政务网编辑部".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD));

        EncryptedFileCredentialStore right = new EncryptedFileCredentialStore(file, FAST);
        right.unlock("天津政務網編輯部".toCharArray());
        assertThat(right.secret("portal")).isPresent();
    }

    @Test
    void composedAndDecomposedFormsOfAPasswordAreTheSamePassword() {
        Path file = dir.resolve("c.enc");
        new EncryptedFileCredentialStore(file, FAST).create("café-編輯".toCharArray());

        String decomposed = Normalizer.normalize("café-編輯", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("café-編輯");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        store.unlock(decomposed.toCharArray());
        assertThat(store.isUnlocked()).isTrue();
    }

    @Test
    void aWrongMasterPasswordLeavesTheStoreLockedAndTheFileUntouched() throws Exception {
        Path file = dir.resolve("c.enc");
        EncryptedFileCredentialStore first = new EncryptedFileCredentialStore(file, FAST);
        first.create("right one".toCharArray());
        first.store("portal", "pw".toCharArray());
        byte[] before = Files.readAllBytes(file);

        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        assertThatThrownBy(() -> store.unlock("wrong one".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD);
                    assertThat(CredentialErrorText.describe(e, new Messages(Locale.ENGLISH)))
                            .contains("does not open the saved passwords");
                    assertThat(CredentialErrorText.describe(e, new Messages(Locale.forLanguageTag("zh-TW"))))
                            .contains("主密碼");
                });
        assertThat(store.isUnlocked()).isFalse();
        assertThatThrownBy(() -> store.store("portal", "overwrite".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.LOCKED));
        assertThatThrownBy(() -> store.create("another".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.ALREADY_EXISTS));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aTamperedFileIsReportedAsDamagedAndLeftAlone() throws Exception {
        Path file = dir.resolve("c.enc");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        store.create("master".toCharArray());
        store.store("portal", "pw".toCharArray());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x01;
        Files.write(file, bytes);

        EncryptedFileCredentialStore reopened = new EncryptedFileCredentialStore(file, FAST);
        assertThatThrownBy(() -> reopened.unlock("master".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);

        Files.write(file, java.util.Arrays.copyOf(bytes, 30));
        assertThatThrownBy(() -> reopened.unlock("master".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
    }

    @Test
    void theFileNeverHoldsASecretOrTheMasterPasswordInClear() throws Exception {
        Path file = dir.resolve("c.enc");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        store.create("master-密碼".toCharArray());
        String secret = "plain-secret-密碼-0123456789";
        store.store("portal", secret.toCharArray());

        byte[] bytes = Files.readAllBytes(file);
        for (String clear : new String[] {secret, "plain-secret", "master-密碼", "portal"}) {
            for (var charset : new java.nio.charset.Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                    StandardCharsets.UTF_16LE}) {
                assertThat(indexOf(bytes, clear.getBytes(charset))).as(clear + " in " + charset).isEqualTo(-1);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void everyWriteUsesAFreshIvAndRemovingForgetsTheSecret() throws Exception {
        Path file = dir.resolve("c.enc");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        store.create("master".toCharArray());
        store.store("portal", "pw".toCharArray());
        byte[] first = Files.readAllBytes(file);
        store.store("portal", "pw".toCharArray());
        byte[] second = Files.readAllBytes(file);
        assertThat(second).isNotEqualTo(first);

        store.remove("portal");
        store.remove("never stored");
        assertThat(store.secret("portal")).isEmpty();
    }

    @Test
    void changingTheMasterPasswordKeepsTheSecrets() {
        Path file = dir.resolve("c.enc");
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file, FAST);
        store.create("old".toCharArray());
        store.store("portal", "pw".toCharArray());
        assertThatThrownBy(() -> store.changeMasterPassword("not old".toCharArray(), "new".toCharArray()))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.WRONG_PASSWORD));

        store.changeMasterPassword("old".toCharArray(), "新的主密碼".toCharArray());

        EncryptedFileCredentialStore reopened = new EncryptedFileCredentialStore(file, FAST);
        assertThatThrownBy(() -> reopened.unlock("old".toCharArray())).isInstanceOf(CredentialStoreException.class);
        reopened.unlock("新的主密碼".toCharArray());
        assertThat(reopened.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("pw"));
    }

    @Test
    void anEmptyMasterPasswordIsRefused() {
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(dir.resolve("c.enc"), FAST);
        assertThatThrownBy(() -> store.create(new char[0]))
                .isInstanceOfSatisfying(CredentialStoreException.class, e -> assertThat(e.problem()).isEqualTo(Problem.EMPTY_PASSWORD));
        assertThat(store.exists()).isFalse();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
