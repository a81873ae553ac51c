package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.credentials.MemoryCredentials;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.NewsroomMembership;
import org.newsdesk.newsroom.NewsroomSettings;
import org.newsdesk.newsroom.TestPostgres;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerAccounts;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.ui.preferences.NewsroomPreferences;

/**
 * Preferences → Newsroom without a window, against a real PostgreSQL that asks for passwords:
 * connect keeps the address and login in the data folder and the password in the credential
 * store; a wrong password says so in plain words and keeps nothing; disconnect forgets both.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomPreferencesTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static TestPostgres postgres;
    private static String url;

    @TempDir
    Path folder;
    private Store store;
    private final MemoryCredentials credentials = new MemoryCredentials();
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<String> changes = new ArrayList<>();
    private final SimpleStringProperty live = new SimpleStringProperty("");

    @BeforeAll
    static void newsroomWithAReporter() throws Exception {
        postgres = TestPostgres.start();
        url = postgres.newDatabase().replace("?user=postgres", "");
        ServerLibrary.migrate(url + "?user=postgres", null, null);
        try (ServerLibrary admin = ServerLibrary.connect(url + "?user=postgres", null, null)) {
            new ServerAccounts(admin).addEditor("prefs_li", "李记者", "reporter", "Right-Pass-1");
        }
        postgres.requirePasswords();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    private NewsroomPreferences page() {
        if (store == null) {
            store = Store.open(folder.resolve("data"));
        }
        NewsroomMembership membership = new NewsroomMembership(store, credentials);
        NewsroomPreferences vm = new NewsroomPreferences(tasks, ENGLISH, () -> membership, () -> changes.add("changed"), live);
        tasks.settle();
        return vm;
    }

    @Test
    void connectWithTheRightPasswordJoinsAndKeepsThePasswordInTheCredentialStore() {
        NewsroomPreferences vm = page();
        assertThat(vm.stateProperty().get()).isEqualTo("Not connected: this computer works on its own.");
        vm.serverProperty().set(url.replace("jdbc:postgresql://", ""));
        vm.loginProperty().set("prefs_li");
        vm.passwordProperty().set("Right-Pass-1");
        vm.connect();
        tasks.settle();

        assertThat(vm.joinedProperty().get()).isTrue();
        assertThat(vm.stateProperty().get()).isEqualTo("Connected to " + url + " as 李记者 (prefs_li), role: reporter.");
        assertThat(vm.passwordProperty().get()).as("the field is cleared once kept").isEmpty();
        assertThat(credentials.secret(NewsroomSettings.CREDENTIAL)).map(String::new).contains("Right-Pass-1");
        assertThat(new NewsroomSettings(store.appState(), store.newsroom()).connection())
                .contains(new NewsroomSettings.Connection(url, "prefs_li"));
        assertThat(changes).containsExactly("changed");

        live.set("Newsroom: online");
        assertThat(vm.stateProperty().get()).endsWith("role: reporter. Now: Newsroom: online");
        assertThat(page().stateProperty().get()).as("a reopened page shows the join")
                .isEqualTo("Connected to " + url + " as prefs_li. Now: Newsroom: online");

        vm.disconnect();
        tasks.settle();
        assertThat(vm.joinedProperty().get()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo("Disconnected. The stories stay on this computer.");
        assertThat(credentials.secret(NewsroomSettings.CREDENTIAL)).isEmpty();
        assertThat(new NewsroomSettings(store.appState(), store.newsroom()).connection()).isEmpty();
        assertThat(changes).containsExactly("changed", "changed");
    }

    @Test
    void aWrongPasswordIsSaidInPlainWordsAndNothingIsKept() {
        NewsroomPreferences vm = page();
        vm.serverProperty().set(url);
        vm.loginProperty().set("prefs_li");
        vm.passwordProperty().set("wrong");
        vm.connect();
        tasks.settle();

        assertThat(vm.stateProperty().get())
                .isEqualTo("The server refused the login \"prefs_li\": the login or the password is wrong.");
        assertThat(vm.joinedProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(credentials.secret(NewsroomSettings.CREDENTIAL)).isEmpty();
        assertThat(new NewsroomSettings(store.appState(), store.newsroom()).connection()).isEmpty();
        assertThat(changes).isEmpty();
    }

    @Test
    void anUnreachableServerAndMissingFieldsAreSaidToo() throws Exception {
        NewsroomPreferences vm = page();
        vm.connect();
        assertThat(vm.stateProperty().get()).isEqualTo("Enter the server address and your login.");
        int closed;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        vm.serverProperty().set("127.0.0.1:" + closed + "/newsroom");
        vm.loginProperty().set("prefs_li");
        vm.connect();
        tasks.settle();
        assertThat(vm.stateProperty().get()).isEqualTo("The server jdbc:postgresql://127.0.0.1:" + closed
                + "/newsroom cannot be reached. Check the address and the network.");
        assertThat(vm.joinedProperty().get()).isFalse();
    }
}
