package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.newsdesk.ChildJvm;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.sync.PortalServer.Fault;

/** Newsdesk killed in the middle of an upload: the next start sends the bundle again, and only once. */
class KillDuringUploadTest {

    @TempDir
    Path dir;

    private Process child;
    private PortalServer portal;

    @AfterEach
    void stop() throws Exception {
        if (child != null && child.isAlive()) {
            child.destroyForcibly().waitFor();
        }
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void anUploadCutOffByAKillIsResentOnTheNextStart() throws Exception {
        portal = new PortalServer(0, SyncFixture.TOKEN);
        portal.always(Fault.STALL_DURING_UPLOAD);
        String sha;
        try (SyncFixture f = new SyncFixture(dir, SyncFixture.quickBackoff(), 1, Duration.ofSeconds(10))) {
            f.addPortal("portal", portal.base());
            sha = f.enqueueSynthetic(1, "portal");
        }

        Path stderr = dir.resolve("child.err");
        child = new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m", "-Dorg.jooq.no-logo=true"),
                DeliveryChildMain.class, dir.toString(), SyncFixture.TOKEN))
                .redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("child stderr: %s", Files.exists(stderr) ? Files.readString(stderr) : "")
                .isEqualTo("STARTED");
        WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, () -> portal.requests() > 0 || !child.isAlive());
        assertThat(child.isAlive()).as("child stderr: %s", Files.readString(stderr)).isTrue();
        assertThat(child.toHandle().destroyForcibly()).isTrue();
        child.waitFor();

        portal.always(Fault.NONE);
        try (SyncFixture f = new SyncFixture(dir, SyncFixture.quickBackoff(), 1, Duration.ofSeconds(10))) {
            f.credentials.store("portal", SyncFixture.TOKEN.toCharArray());
            OutboxEntry killed = f.store.outbox().list().get(0);
            assertThat(killed.state()).as("left mid-upload by the killed run").isEqualTo(DeliveryState.SENDING);

            f.worker.start();
            WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES,
                    () -> f.store.outbox().list().get(0).state() == DeliveryState.DELIVERED);

            assertThat(f.store.outbox().list().get(0).attempts()).isEqualTo(2);
        }
        assertThat(portal.creations()).isEqualTo(Map.of(sha, 1));
        assertThat(portal.requests()).isEqualTo(2);
    }
}
