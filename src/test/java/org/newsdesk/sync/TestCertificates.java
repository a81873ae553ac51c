package org.newsdesk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A newsroom CA and a server certificate it signed, made by the JDK's keytool as a
 * separate process, the way an administrator would.
 */
public final class TestCertificates {

    private static final String PASS = "test-store-pass";

    private final Path dir;

    private TestCertificates(Path dir) {
        this.dir = dir;
    }

    /** Makes {@code ca.pem} in {@code dir}. */
    public static TestCertificates newsroomCa(Path dir) throws IOException, InterruptedException {
        TestCertificates c = new TestCertificates(dir);
        c.keytool("-genkeypair", "-keystore", "ca.p12", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Test Newsroom CA", "-ext", "bc:c", "-validity", "3");
        c.keytool("-exportcert", "-keystore", "ca.p12", "-alias", "ca", "-rfc", "-file", "ca.pem");
        return c;
    }

    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    /**
     * A server key (in {@code name.p12}) and its certificate signed by the CA for {@code san} (e.g.
     * {@code ip:127.0.0.1}): the certificate's PEM file, for a test that needs only the file.
     */
    public Path serverCertificate(String name, String san) throws IOException, InterruptedException {
        String store = name + ".p12";
        keytool("-genkeypair", "-keystore", store, "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=" + name, "-validity", "3");
        keytool("-certreq", "-keystore", store, "-alias", "server", "-file", name + ".csr");
        keytool("-gencert", "-keystore", "ca.p12", "-alias", "ca", "-infile", name + ".csr", "-outfile", name + ".pem",
                "-rfc", "-ext", "san=" + san, "-ext", "eku=serverAuth", "-validity", "3");
        return dir.resolve(name + ".pem");
    }

    /** As {@link #serverCertificate}, the key and certificate chain as a server's TLS context. */
    public SSLContext serverContext(String name, String san) throws Exception {
        serverCertificate(name, san);
        String store = name + ".p12";
        keytool("-importcert", "-keystore", store, "-alias", "ca", "-file", "ca.pem", "-noprompt");
        keytool("-importcert", "-keystore", store, "-alias", "server", "-file", name + ".pem");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve(store))) {
            keys.load(in, PASS.toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASS.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    private void keytool(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        // each run is a short JVM: the quick compiler and one GC thread start it in two thirds of the CPU time
        cmd.addAll(List.of("-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-storepass", PASS, "-storetype", "PKCS12"));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + out);
        }
    }
}
