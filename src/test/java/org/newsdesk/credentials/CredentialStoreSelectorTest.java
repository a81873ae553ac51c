package org.newsdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;

/**
 * Which store the selector picks for an operating system's name. The Keychain is the stand-in
 * {@code security} ({@link FakeSecurity}) and the Credential Manager an in-memory one: neither
 * real store runs on this Linux machine. The Secret Service case with a real GNOME Keyring is
 * in {@link SecretServiceCredentialStoreTest}.
 */
class CredentialStoreSelectorTest {

    @TempDir
    Path dir;

    private static Supplier<OsCredentialStore> never(String what) {
        return () -> {
            throw new AssertionError(what + " asked for");
        };
    }

    private SecretServiceCredentialStore noSecretService() {
        return new SecretServiceCredentialStore(dir.resolve("no-secret-tool").toString(), Map.of());
    }

    @Test
    void onAMacWithSecurityPresentTheKeychainIsChosen() throws Exception {
        MacKeychainCredentialStore keychain = new MacKeychainCredentialStore(FakeSecurity.install(dir).toString());

        CredentialStore chosen = new CredentialStoreSelector("Mac OS X", never("the Secret Service"), () -> keychain,
                never("the Credential Manager"), dir).select();

        assertThat(chosen).isSameAs(keychain);
        assertThat(chosen.kindKey()).isEqualTo("credentials.kind.keychain");
    }

    @Test
    void onAMacWithoutSecurityTheEncryptedFileIsChosen() {
        MacKeychainCredentialStore missing = new MacKeychainCredentialStore(dir.resolve("no-security").toString());

        CredentialStore chosen = new CredentialStoreSelector("Mac OS X", never("the Secret Service"), () -> missing,
                never("the Credential Manager"), dir).select();

        assertThat(chosen).isInstanceOf(EncryptedFileCredentialStore.class);
    }

    @Test
    void onWindowsTheCredentialManagerIsChosen() {
        WindowsCredentialStore manager = new WindowsCredentialStore(new WindowsCredentialStoreTest.MemoryCredentialManager());

        CredentialStore chosen = new CredentialStoreSelector("Windows 11", never("the Secret Service"), never("the Keychain"),
                () -> manager, dir).select();

        assertThat(chosen).isSameAs(manager);
        assertThat(chosen.kindKey()).isEqualTo("credentials.kind.credentialManager");
    }

    @Test
    void onWindowsWithoutACredentialSetTheEncryptedFileIsChosen() {
        WindowsCredentialStoreTest.MemoryCredentialManager refusing = new WindowsCredentialStoreTest.MemoryCredentialManager();
        refusing.failWith = CredentialManager.ERROR_NO_SUCH_LOGON_SESSION;

        CredentialStore chosen = new CredentialStoreSelector("Windows Server 2022", never("the Secret Service"),
                never("the Keychain"), () -> new WindowsCredentialStore(refusing), dir).select();

        assertThat(chosen).isInstanceOf(EncryptedFileCredentialStore.class);
    }

    @Test
    void onLinuxOrAnyOtherSystemWithoutASecretServiceTheEncryptedFileIsChosen() {
        for (String os : List.of("Linux", "FreeBSD", "")) {
            CredentialStore chosen = new CredentialStoreSelector(os, this::noSecretService, never("the Keychain"),
                    never("the Credential Manager"), dir).select();

            assertThat(chosen).as(os).isInstanceOfSatisfying(EncryptedFileCredentialStore.class,
                    f -> assertThat(f.file()).isEqualTo(dir.resolve(EncryptedFileCredentialStore.FILE_NAME)));
        }
    }

    /** Loads every class of the application and its libraries itself, and notes their names. */
    private static final class RecordingLoader extends URLClassLoader {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();

        RecordingLoader() throws Exception {
            super(classPath(), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] classPath() throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> found = super.findClass(name);
            loaded.add(name);
            return found;
        }
    }

    private static Set<String> classesLoadedBySelecting(String os, Path dataFolder) throws Exception {
        try (RecordingLoader loader = new RecordingLoader()) {
            Class<?> selector = loader.loadClass(CredentialStoreSelector.class.getName());
            Method forOs = selector.getMethod("forOs", String.class, Path.class);
            selector.getMethod("select").invoke(forOs.invoke(null, os, dataFolder));
            return Set.copyOf(loader.loaded);
        }
    }

    @Test
    void onLinuxNeitherJnaNorTheWindowsOrMacStoresAreLoaded() throws Exception {
        Set<String> linux = classesLoadedBySelecting("Linux", dir);
        assertThat(linux).contains(CredentialStoreSelector.class.getName(), SecretServiceCredentialStore.class.getName());
        assertThat(linux).noneMatch(n -> n.startsWith("com.sun.jna."))
                .doesNotContain(WindowsCredentialStore.class.getName(), WinCredApi.class.getName(),
                        MacKeychainCredentialStore.class.getName());

        // the control: asked for Windows, the same loader does load JNA (which finds no Advapi32 here)
        Set<String> windows = classesLoadedBySelecting("Windows 10", dir);
        assertThat(windows).contains(WinCredApi.class.getName(), "com.sun.jna.Native")
                .doesNotContain(SecretServiceCredentialStore.class.getName());
    }

    @Test
    void everyStoreKindIsNamedInAllThreeLanguages() {
        List<String> kinds = List.of(SecretServiceCredentialStore.KIND_KEY, MacKeychainCredentialStore.KIND_KEY,
                WindowsCredentialStore.KIND_KEY, EncryptedFileCredentialStore.KIND_KEY);
        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH, List.of("Secret Service", "macOS Keychain", "Windows Credential Manager", "master password"),
                Messages.SIMPLIFIED, List.of("Secret Service", "macOS 钥匙串", "Windows 凭据管理器", "主密码"),
                Messages.TRADITIONAL, List.of("Secret Service", "macOS 鑰匙圈", "Windows 認證管理員", "主密碼"));
        expected.forEach((locale, words) -> {
            Messages messages = new Messages(locale);
            for (int i = 0; i < kinds.size(); i++) {
                assertThat(messages.bundle().containsKey(kinds.get(i))).as("%s in %s", kinds.get(i), locale).isTrue();
                assertThat(messages.get(kinds.get(i))).as("%s in %s", kinds.get(i), locale).contains(words.get(i));
            }
        });
    }
}
