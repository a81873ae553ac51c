package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.credentials.MasterPasswordDialog;
import org.newsdesk.ui.credentials.MasterPasswordViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** The master password dialog creates and unlocks the encrypted file of saved passwords, Chinese passwords included. */
@ExtendWith(ApplicationExtension.class)
class MasterPasswordDialogTest {

    private static final String CHINESE = "編輯部的主密碼";

    @TempDir
    Path dataFolder;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private MasterPasswordDialog dialog;

    @AfterEach
    void closeDialog(FxRobot robot) {
        robot.interact(() -> {
            if (dialog != null && dialog.isShowing()) {
                dialog.close();
            }
        });
        tasks.close();
    }

    @Test
    void createsTheFileWithAChineseMasterPasswordTypedTwice(FxRobot robot) throws Exception {
        Path file = dataFolder.resolve(EncryptedFileCredentialStore.FILE_NAME);
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file);
        Messages zh = new Messages(Locale.forLanguageTag("zh-TW"));
        show(robot, store, true, zh);

        assertThat(in(robot, "#masterPasswordStore").queryAs(Label.class).getText())
                .isEqualTo(zh.get("credentials.dialog.inUse", zh.get("credentials.kind.file")));
        robot.clickOn(node(robot, "#masterPassword"));
        Typing.write(robot, CHINESE);
        robot.clickOn(node(robot, "#masterPasswordRepeat"));
        Typing.write(robot, "編輯部的主密");
        robot.clickOn(node(robot, "#masterPasswordOk"));
        assertThat(in(robot, "#masterPasswordError").queryAs(Label.class).getText()).isEqualTo(zh.get("credentials.dialog.mismatch"));
        assertThat(Files.exists(file)).isFalse();

        robot.clickOn(node(robot, "#masterPasswordRepeat"));

        Typing.write(robot, "碼");
        robot.clickOn(node(robot, "#masterPasswordOk"));
        FxWait.until(30, () -> !dialog.isShowing());

        assertThat(dialog.getResult()).isTrue();
        assertThat(store.isUnlocked()).isTrue();
        EncryptedFileCredentialStore reopened = new EncryptedFileCredentialStore(file);
        reopened.unlock(CHINESE.toCharArray());
        assertThat(reopened.isUnlocked()).isTrue();
    }

    @Test
    void aWrongPasswordKeepsTheDialogOpenWithTheReasonAndTheRightOneUnlocks(FxRobot robot) throws Exception {
        Path file = dataFolder.resolve(EncryptedFileCredentialStore.FILE_NAME);
        EncryptedFileCredentialStore creator = new EncryptedFileCredentialStore(file);
        creator.create(CHINESE.toCharArray());
        creator.store("portal", "secret".toCharArray());
        EncryptedFileCredentialStore store = new EncryptedFileCredentialStore(file);
        Messages english = new Messages(Locale.ENGLISH);
        show(robot, store, false, english);

        assertThat(in(robot, "#masterPasswordRepeat").tryQuery()).isEmpty();
        robot.clickOn(node(robot, "#masterPassword"));
        Typing.write(robot, "編輯部");
        robot.clickOn(node(robot, "#masterPasswordOk"));
        FxWait.until(30,
                () -> !in(robot, "#masterPasswordError").queryAs(Label.class).getText().isEmpty());
        assertThat(FxWait.read(() -> in(robot, "#masterPasswordError").queryAs(Label.class).getText()))
                .isEqualTo(english.get("credentials.error.wrongPassword"));
        assertThat(dialog.isShowing()).isTrue();
        assertThat(store.isUnlocked()).isFalse();

        robot.interact(() -> in(robot, "#masterPassword").queryAs(PasswordField.class).clear());
        robot.clickOn(node(robot, "#masterPassword"));
        Typing.write(robot, CHINESE);
        robot.clickOn(node(robot, "#masterPasswordOk"));
        FxWait.until(30, () -> !dialog.isShowing());

        assertThat(store.secret("portal")).hasValueSatisfying(s -> assertThat(new String(s)).isEqualTo("secret"));
    }

    private void show(FxRobot robot, EncryptedFileCredentialStore store, boolean creating, Messages messages) {
        robot.interact(() -> {
            dialog = new MasterPasswordDialog(null, new MasterPasswordViewModel(store, creating, tasks, messages), messages);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node node(FxRobot robot, String id) {
        return in(robot, id).queryAs(Node.class);
    }

    private NodeQuery in(FxRobot robot, String id) {
        return robot.from(dialog.getDialogPane()).lookup(id);
    }
}
