package org.newsdesk.sync;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Child process for {@link KillDuringUploadTest}: opens the store in {@code args[0]} (where a
 * target and a queued bundle wait), starts the delivery worker with the token {@code args[1]}
 * and prints {@code STARTED}. It never stops on its own: the parent kills it mid-upload.
 */
public final class DeliveryChildMain {

    private DeliveryChildMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SyncFixture f = new SyncFixture(Path.of(args[0]), SyncFixture.quickBackoff(), 1, Duration.ofMinutes(10));
        f.credentials.store("portal", args[1].toCharArray());
        f.worker.start();
        System.out.println("STARTED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
