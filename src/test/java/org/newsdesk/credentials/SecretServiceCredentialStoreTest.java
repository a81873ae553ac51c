package org.newsdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;

/** The keyring store against a real GNOME Keyring in a private D-Bus session, and the selector's choice. */
class SecretServiceCredentialStoreTest {

    @TempDir
    Path dir;

    @Test
    @Tag(TestRequirements.SYSTEM)
    void secretsGoIntoTheKeyringAndComeBack() throws Exception {
        try (KeyringSession session = KeyringSession.start(dir)) {
            SecretServiceCredentialStore store = new SecretServiceCredentialStore("secret-tool", session.environment());
            assertThat(store.isAvailable()).isTrue();
            assertThat(store.secret("portal")).isEmpty();

            store.store("portal", "編輯部密碼 with spaces\tand tab".toCharArray());
            store.store("archive", "second".toCharArray());
            assertThat(store.secret("portal")).hasValueSatisfying(
                    s -> assertThat(new String(s)).isEqualTo("編輯部密碼 with spaces\tand tab"));
            store.store("portal", "replaced".toCharArray());
            assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("replaced"));

            store.remove("portal");
            store.remove("portal");
            assertThat(store.secret("portal")).isEmpty();
            assertThat(store.secret("archive")).isPresent();
            assertThat(store.kindKey()).isEqualTo("credentials.kind.keyring");
        }
    }

    @Test
    @Tag(TestRequirements.SYSTEM)
    void theSelectorTakesTheKeyringWhenOneAnswers() throws Exception {
        try (KeyringSession session = KeyringSession.start(dir)) {
            CredentialStore chosen = onLinux(new SecretServiceCredentialStore("secret-tool", session.environment())).select();
            assertThat(chosen).isInstanceOf(SecretServiceCredentialStore.class);
            assertThat(chosen.kindKey()).isEqualTo(SecretServiceCredentialStore.KIND_KEY);
        }
    }

    @Test
    void withoutASessionBusTheSelectorFallsBackToTheEncryptedFile() {
        SecretServiceCredentialStore noBus = new SecretServiceCredentialStore("secret-tool",
                Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus-here"), "DISPLAY", ""));
        assertThat(noBus.isAvailable()).isFalse();

        CredentialStore chosen = onLinux(noBus).select();

        assertThat(chosen).isInstanceOfSatisfying(EncryptedFileCredentialStore.class,
                f -> assertThat(f.file()).isEqualTo(dir.resolve(EncryptedFileCredentialStore.FILE_NAME)));
        assertThat(chosen.kindKey()).isEqualTo("credentials.kind.file");
    }

    @Test
    void withoutTheToolTheSelectorFallsBackToTheEncryptedFile() {
        SecretServiceCredentialStore noTool = new SecretServiceCredentialStore(dir.resolve("secret-tool").toString(), Map.of());

        assertThat(onLinux(noTool).select()).isInstanceOf(EncryptedFileCredentialStore.class);
    }

    /** The selector as on Linux; it must not ask for the macOS or Windows stores there. */
    private CredentialStoreSelector onLinux(SecretServiceCredentialStore secretService) {
        return new CredentialStoreSelector("Linux", () -> secretService, () -> {
            throw new AssertionError("the Keychain asked for on Linux");
        }, () -> {
            throw new AssertionError("the Credential Manager asked for on Linux");
        }, dir);
    }
}
