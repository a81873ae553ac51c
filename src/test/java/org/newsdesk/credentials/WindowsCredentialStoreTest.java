package org.newsdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What of the Windows Credential Manager store can be checked on Linux: entry naming, the
 * UTF-16LE blob, the store's logic over an in-memory Credential Manager that compares names
 * without regard to case as Windows does, and the JNA structure's layout. The real
 * Credential Manager ({@code Advapi32.dll}) is NOT exercised here.
 */
class WindowsCredentialStoreTest {

    private static final String CHINESE = "編輯部密碼 token 🔑 结束";

    /** Generic credentials in memory; names compared without regard to case, as CredReadW does. */
    static final class MemoryCredentialManager implements CredentialManager {
        final Map<String, byte[]> blobs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, String> userNames = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int failWith;

        @Override
        public byte[] read(String targetName) {
            fail("CredReadW");
            byte[] blob = blobs.get(targetName);
            return blob == null ? null : blob.clone();
        }

        @Override
        public void write(String targetName, String userName, String comment, byte[] blob) {
            fail("CredWriteW");
            blobs.put(targetName, blob.clone());
            userNames.put(targetName, userName);
        }

        @Override
        public boolean delete(String targetName) {
            fail("CredDeleteW");
            userNames.remove(targetName);
            return blobs.remove(targetName) != null;
        }

        private void fail(String call) {
            if (failWith != 0) {
                throw new Failure(call, failWith);
            }
        }
    }

    @Test
    void entryNamesAreReadableAndKeepNamesThatDifferOnlyInCaseApart() {
        assertThat(WindowsCredentialStore.credentialTarget("portal")).isEqualTo("newsdesk:portal");
        assertThat(WindowsCredentialStore.credentialTarget("Portal 2")).isEqualTo("newsdesk:^portal 2");
        assertThat(WindowsCredentialStore.credentialTarget("台北")).isEqualTo("newsdesk:%E5%8F%B0%E5%8C%97");
        assertThat(WindowsCredentialStore.credentialTarget("a%^*b")).isEqualTo("newsdesk:a%25%5E%2Ab");

        List<String> names = List.of("portal", "Portal", "PORTAL", "pOrtal", "ä", "Ä", "straße", "STRASSE", "ſ", "s", "S",
                "ı", "i", "I", "İ", "Ω", "ω", "台北", "臺北", "a b", "a_b", "a.b", "a-b", "%41", "A", "a", "^a", "%5Ea");
        Set<String> folded = new HashSet<>();
        for (String name : names) {
            String target = WindowsCredentialStore.credentialTarget(name);
            assertThat(target).as(name).matches("newsdesk:[a-z0-9 ._^%A-F-]*");
            assertThat(folded.add(target.toUpperCase(Locale.ROOT))).as("%s collides with another name ignoring case", name)
                    .isTrue();
        }
    }

    @Test
    void theBlobIsUtf16LittleEndianAndAChineseSecretComesBackWhole() {
        byte[] blob = WindowsCredentialStore.toBlob(CHINESE.toCharArray());

        assertThat(blob).hasSize(CHINESE.length() * 2);
        assertThat(blob).isEqualTo(CHINESE.getBytes(StandardCharsets.UTF_16LE));
        assertThat(new String(WindowsCredentialStore.fromBlob(blob))).isEqualTo(CHINESE);
        assertThat(WindowsCredentialStore.fromBlob(new byte[0])).isEmpty();
        assertThatThrownBy(() -> WindowsCredentialStore.fromBlob(new byte[] {0x41, 0x00, 0x42}))
                .isInstanceOf(CredentialStoreException.class).hasMessageContaining("not UTF-16");
    }

    @Test
    void theStoreKeepsReplacesAndForgetsSecretsPerTarget() {
        MemoryCredentialManager manager = new MemoryCredentialManager();
        WindowsCredentialStore store = new WindowsCredentialStore(manager);
        assertThat(store.isAvailable()).isTrue();
        assertThat(store.secret("Portal")).isEmpty();

        store.store("Portal", CHINESE.toCharArray());
        store.store("portal", "lower-case twin".toCharArray());
        assertThat(store.secret("Portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo(CHINESE));
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("lower-case twin"));
        assertThat(manager.userNames).containsEntry("newsdesk:^portal", "Portal").containsEntry("newsdesk:portal", "portal");

        store.store("Portal", "replaced".toCharArray());
        assertThat(store.secret("Portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("replaced"));
        store.remove("Portal");
        store.remove("Portal");
        assertThat(store.secret("Portal")).isEmpty();
        assertThat(store.secret("portal")).isPresent();
        assertThat(store.kindKey()).isEqualTo("credentials.kind.credentialManager");
    }

    @Test
    void aSecretLongerThanTheManagerTakesIsRefused() {
        MemoryCredentialManager manager = new MemoryCredentialManager();
        WindowsCredentialStore store = new WindowsCredentialStore(manager);
        char[] longest = new char[1_280];
        Arrays.fill(longest, '長');

        store.store("portal", longest);
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(s).isEqualTo(longest));
        assertThatThrownBy(() -> store.store("portal", new char[1_281])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsAreKeyringProblemsThatMayPassAndASessionWithoutCredentialsIsNotAvailable() {
        MemoryCredentialManager manager = new MemoryCredentialManager();
        WindowsCredentialStore store = new WindowsCredentialStore(manager);
        manager.failWith = CredentialManager.ERROR_NO_SUCH_LOGON_SESSION;

        assertThat(store.isAvailable()).isFalse();
        List<Runnable> calls = new ArrayList<>(List.of(() -> store.secret("portal"),
                () -> store.store("portal", "x".toCharArray()), () -> store.remove("portal")));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(CredentialStoreException.class, e -> {
                assertThat(e.problem()).isEqualTo(CredentialStoreException.Problem.KEYRING);
                assertThat(e.mayPass()).isTrue();
                assertThat(e.getMessage()).contains("no credential set");
            });
        }
    }

    @Test
    void onLinuxTheRealStoreSaysItIsNotAvailableInsteadOfFailing() {
        WindowsCredentialStore real = WindowsCredentialStore.ofSession();

        assertThat(real.isAvailable()).isFalse();
        assertThatThrownBy(() -> real.secret("portal")).isInstanceOf(CredentialStoreException.class)
                .hasMessageContaining("cannot be reached");
    }

    @Test
    void theCredentialStructureHasTheLayoutOf64BitWindows() {
        if (Native.POINTER_SIZE == 8) {
            // sizeof(CREDENTIALW) with the x64 compiler's natural alignment
            assertThat(new WinCredApi.Credential().size()).isEqualTo(80);
        } else {
            assertThat(new WinCredApi.Credential().size()).isEqualTo(52);
        }
    }
}
