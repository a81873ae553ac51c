package org.newsdesk.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The macOS Keychain store against {@link FakeSecurity}, a stand-in for {@code /usr/bin/security}
 * that this Linux machine does not have. The real Keychain is NOT exercised here: these tests
 * check what Newsdesk sends (one command line on standard input, quoting, the encoded value),
 * what it makes of the answers and exit statuses, and that no secret reaches a command line.
 */
class MacKeychainCredentialStoreTest {

    private static final String CHINESE = "編輯部密碼 \"引號\" back\\slash 'single' 和 tab\t結束";

    @TempDir
    Path dir;

    private Path security;
    private MacKeychainCredentialStore store;

    @BeforeEach
    void standIn() throws Exception {
        security = FakeSecurity.install(dir);
        store = new MacKeychainCredentialStore(security.toString());
    }

    @Test
    void secretsGoInAndComeBackWhateverTheirCharacters() {
        assertThat(store.isAvailable()).isTrue();
        assertThat(store.secret("portal")).isEmpty();

        store.store("portal", CHINESE.toCharArray());
        store.store("台北 \"archive\" \\ 'x'", "second".toCharArray());
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo(CHINESE));
        assertThat(store.secret("台北 \"archive\" \\ 'x'")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("second"));

        store.store("portal", "replaced".toCharArray());
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("replaced"));

        store.remove("portal");
        store.remove("portal");
        assertThat(store.secret("portal")).isEmpty();
        assertThat(store.secret("台北 \"archive\" \\ 'x'")).isPresent();
        assertThat(store.kindKey()).isEqualTo("credentials.kind.keychain");
    }

    @Test
    void theSecretNeverAppearsOnTheToolsCommandLine() throws Exception {
        store.store("portal", CHINESE.toCharArray());
        assertThat(store.secret("portal")).isPresent();
        store.remove("portal");

        List<String> calls = Files.readAllLines(dir.resolve("argv.log"), StandardCharsets.UTF_8);
        assertThat(calls).hasSize(3).containsOnly("-i");
        String encoded = Base64.getEncoder().encodeToString(CHINESE.getBytes(StandardCharsets.UTF_8));
        String log = Files.readString(dir.resolve("argv.log"), StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("編輯部").doesNotContain(encoded).doesNotContain("portal");
    }

    @Test
    void theKeychainHoldsThePrefixedBase64SoNonAsciiIsNotPrintedAsHex() throws Exception {
        store.store("portal", CHINESE.toCharArray());

        String kept = Files.readString(dir.resolve("items.properties"), StandardCharsets.UTF_8);
        String expected = MacKeychainCredentialStore.ENCODED_PREFIX
                + Base64.getEncoder().encodeToString(CHINESE.getBytes(StandardCharsets.UTF_8));
        assertThat(kept).contains("newsdesk\\tportal=" + HexFormat.of().formatHex(expected.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anEntryAddedByHandWithoutThePrefixIsReturnedAsItIs() throws Exception {
        ToolRun.Result r = ToolRun.run(List.of(security.toString(), "-i"), Map.of(),
                "add-generic-password -s newsdesk -a manual -w plain-Token_123\n".getBytes(StandardCharsets.UTF_8), 60);
        assertThat(r.exit()).as(r.stderr()).isZero();

        assertThat(store.secret("manual")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("plain-Token_123"));
    }

    @Test
    void aLockedKeychainIsAKeyringProblemThatMayPass() throws Exception {
        store.store("portal", "token".toCharArray());
        Files.createFile(dir.resolve("locked"));

        for (Runnable call : List.<Runnable>of(() -> store.secret("portal"), () -> store.store("portal", "x".toCharArray()),
                () -> store.remove("portal"))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(CredentialStoreException.class, e -> {
                assertThat(e.problem()).isEqualTo(CredentialStoreException.Problem.KEYRING);
                assertThat(e.mayPass()).isTrue();
                assertThat(e.path()).isNull();
                assertThat(e.getMessage()).contains("locked").doesNotContain("token");
            });
        }
        Files.delete(dir.resolve("locked"));
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("token"));
    }

    @Test
    void withoutADefaultKeychainOrWithoutTheToolItIsNotAvailable() throws Exception {
        Files.createFile(dir.resolve("no-keychain"));
        assertThat(store.isAvailable()).isFalse();

        MacKeychainCredentialStore missing = new MacKeychainCredentialStore(dir.resolve("no-such-security").toString());
        assertThat(missing.isAvailable()).isFalse();
        assertThatThrownBy(() -> missing.secret("portal")).isInstanceOf(CredentialStoreException.class);
    }

    @Test
    void aSecretTooLongForOneCommandLineIsRefusedNotCut() throws Exception {
        String longest = "k".repeat(2_800);
        store.store("portal", longest.toCharArray());
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo(longest));

        assertThatThrownBy(() -> store.store("portal", "k".repeat(3_000).toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too long");
        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo(longest));
    }

    @Test
    void quotedArgumentsSplitBackIntoWhatWasQuoted() {
        List<String> names = List.of("portal", "台北 分社", "a \"b\" c", "back\\slash\\", "it's", "", "-w");
        StringBuilder line = new StringBuilder("find-generic-password");
        for (String n : names) {
            line.append(' ').append(MacKeychainCredentialStore.quote(n));
        }

        assertThat(FakeSecurity.split(line.toString()).subList(1, names.size() + 1)).containsExactlyElementsOf(names);
        assertThatThrownBy(() -> MacKeychainCredentialStore.quote("two\nlines")).isInstanceOf(IllegalArgumentException.class);
    }
}
