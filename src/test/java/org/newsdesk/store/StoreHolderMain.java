package org.newsdesk.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Child process for {@link StoreFaultsTest}: opens the store in {@code args[0]}, prints
 * {@code OPEN}, keeps the store open until its stdin is closed, then closes it and
 * prints {@code CLOSED}.
 */
public final class StoreHolderMain {

    private StoreHolderMain() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() != -1) {
                // hold the store until the parent closes our stdin
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
