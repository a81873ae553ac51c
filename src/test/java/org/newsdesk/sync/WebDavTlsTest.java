package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.credentials.EncryptedFileCredentialStore;
import org.newsdesk.sync.DeliveryOutcome.Delivered;
import org.newsdesk.sync.DeliveryOutcome.Reason;
import org.newsdesk.sync.DeliveryOutcome.Rejected;

/**
 * TLS to a WebDAV target: an https front on loopback, its certificate signed by a
 * newsroom CA the test makes, before a real Apache mod_dav. Verification stays on:
 * only the configured CA makes the server trusted, and only for the right address.
 */
@Tag(TestRequirements.SYSTEM)
class WebDavTlsTest {

    @TempDir
    static Path root;
    static ApacheDavServer apache;
    static TestCertificates certificates;
    static FaultyFront rightName;
    static FaultyFront wrongName;

    @TempDir
    Path work;

    @BeforeAll
    static void start() throws Exception {
        if (!ApacheDavServer.installed()) {
            return; // every test skips with the reason in requireApache
        }
        apache = ApacheDavServer.start(Files.createDirectories(root.resolve("apache")), WebDavTargetTest.PASSWORD);
        certificates = TestCertificates.newsroomCa(Files.createDirectories(root.resolve("pki")));
        String origin = "http://127.0.0.1:" + apache.port();
        SSLContext forLoopback = certificates.serverContext("loopback", "ip:127.0.0.1");
        SSLContext forElsewhere = certificates.serverContext("elsewhere", "dns:dav.elsewhere.test");
        rightName = FaultyFront.startTls(forLoopback, origin);
        wrongName = FaultyFront.startTls(forElsewhere, origin);
    }

    @BeforeEach
    void requireApache() {
        ApacheDavServer.require();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (rightName != null) {
            rightName.close();
            wrongName.close();
        }
        if (apache != null) {
            apache.close();
        }
    }

    @Test
    void withoutTheNewsroomCaTheServerIsNotTrusted() throws Exception {
        DeliveryOutcome outcome = deliver(rightName.uploadsUrl(), null);

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(Reason.REFUSED);
            assertThat(r.problem().describe(WebDavTargetTest.ENGLISH)).contains("certificate of " + rightName.uploadsUrl() + " is not trusted")
                    .contains("add its CA certificate in Preferences");
        });
        assertThat(rightName.requests()).isEmpty();
    }

    @Test
    void withTheNewsroomCaTheBundleIsDelivered() throws Exception {
        DeliveryOutcome outcome = deliver(rightName.uploadsUrl(), certificates.caPem());

        assertThat(outcome).isInstanceOf(Delivered.class);
        SyncFixtures.assertFolderHolds(apache.uploads(), SyncFixtures.bundle(work, 4));
    }

    @Test
    void theCaDoesNotExcuseACertificateMadeOutForAnotherName() throws Exception {
        DeliveryOutcome outcome = deliver(wrongName.uploadsUrl(), certificates.caPem());

        assertThat(outcome).isInstanceOfSatisfying(Rejected.class, r -> assertThat(r.reason()).isEqualTo(Reason.REFUSED));
        assertThat(wrongName.requests()).isEmpty();
    }

    @Test
    void aFileThatHoldsNoCertificateIsRefusedWithItsName() throws Exception {
        Path notPem = Files.writeString(work.resolve("newsroom-ca.pem"), "-----BEGIN CERTIFICATE-----\nnot base64\n");
        TargetSettings settings = new TargetSettings("portal", TargetKind.WEBDAV, rightName.uploadsUrl(), "", notPem);

        assertThatThrownBy(() -> TlsContexts.httpClient(settings)).isInstanceOfSatisfying(TlsSetupException.class,
                e -> assertThat(e.describe(WebDavTargetTest.ENGLISH)).contains("newsroom-ca.pem").contains("cannot be used"));
        assertThatThrownBy(() -> TlsContexts.readCertificates(work.resolve("missing.pem")))
                .isInstanceOf(TlsSetupException.class);
    }

    private DeliveryOutcome deliver(String url, Path ca) throws Exception {
        EncryptedFileCredentialStore credentials = new EncryptedFileCredentialStore(work.resolve("c.enc"), 1_000);
        credentials.create("主密碼".toCharArray());
        credentials.store("portal", WebDavTargetTest.PASSWORD.toCharArray());
        TargetSettings settings = new TargetSettings("portal", TargetKind.WEBDAV, url, ApacheDavServer.USER, ca);
        WebDavTarget target = new WebDavTarget(settings, credentials, TlsContexts.httpClient(settings),
                Duration.ofSeconds(20), Clock.systemUTC());
        return target.deliver(SyncFixtures.bundle(work, 4));
    }
}
