package org.newsdesk.ui.preferences;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;

/** Preferences → Newsroom: server address, login, password, Connect / Disconnect and how it stands. */
public final class NewsroomPage {

    private NewsroomPage() {
    }

    public static PreferencesSection section(NewsroomPreferences vm, Messages messages) {
        TextField server = new TextField();
        server.setId("newsroomServer");
        server.setPromptText(messages.get("newsroom.prefs.server.prompt"));
        server.textProperty().bindBidirectional(vm.serverProperty());
        TextField login = new TextField();
        login.setId("newsroomLogin");
        login.textProperty().bindBidirectional(vm.loginProperty());
        PasswordField password = new PasswordField();
        password.setId("newsroomPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Button connect = new Button(messages.get("newsroom.prefs.connect"));
        connect.setId("newsroomConnect");
        connect.setDefaultButton(false);
        connect.disableProperty().bind(vm.busyProperty());
        connect.setOnAction(e -> vm.connect());
        Button disconnect = new Button(messages.get("newsroom.prefs.disconnect"));
        disconnect.setId("newsroomDisconnect");
        disconnect.disableProperty().bind(vm.busyProperty().or(vm.joinedProperty().not()));
        disconnect.setOnAction(e -> vm.disconnect());
        Label state = new Label();
        state.setId("newsroomState");
        state.setWrapText(true);
        state.setMaxWidth(480);
        state.textProperty().bind(vm.stateProperty());
        state.setAccessibleText(messages.get("newsroom.prefs.state"));
        Label explain = new Label(messages.get("newsroom.prefs.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(480);
        explain.getStyleClass().add("preferences-hint");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int r = 0;
        for (var row : new Object[][] {{"newsroom.prefs.server", server}, {"newsroom.prefs.login", login},
                {"newsroom.prefs.password", password}}) {
            Label caption = new Label(messages.get((String) row[0]));
            javafx.scene.control.Control control = (javafx.scene.control.Control) row[1];
            caption.setLabelFor(control);
            caption.setMinWidth(Region.USE_PREF_SIZE);
            control.setAccessibleText(caption.getText());
            grid.add(caption, 0, r);
            grid.add(control, 1, r++);
            GridPane.setHgrow(control, Priority.ALWAYS);
        }
        HBox buttons = new HBox(8, connect, disconnect);
        return new PreferencesSection("prefsNewsroom", messages.get("newsroom.prefs.title"),
                new VBox(12, explain, grid, buttons, state), () -> { });
    }
}
