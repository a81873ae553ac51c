package org.newsdesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: a JavaFX window with one label, started the way Newsdesk is
 * (a plain main class that launches the Application, JavaFX on the class path).
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Newsdesk");
            stage.setScene(new Scene(new StackPane(new Label("Newsdesk")), 1280, 800));
            stage.show();
        }
    }
}
