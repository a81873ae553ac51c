package org.newsdesk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * TLS for delivery targets: the system's trusted authorities always, plus a newsroom's
 * own CA certificate when one is configured. Certificates and host names are always
 * verified; there is no way to switch that off.
 */
public final class TlsContexts {

    /** How long to wait for a connection to a target before calling it unreachable. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private TlsContexts() {
    }

    /** An HTTP/1.1 client for one target: its TLS trust, no redirects followed, a connect time-out. */
    public static HttpClient httpClient(TargetSettings settings) throws TlsSetupException {
        return httpClient(settings, CONNECT_TIMEOUT);
    }

    /** As {@link #httpClient(TargetSettings)}, with another connect time-out. */
    public static HttpClient httpClient(TargetSettings settings, Duration connectTimeout) throws TlsSetupException {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(connectTimeout)
                .sslContext(forCertificate(settings.caCertificate()))
                .build();
    }

    /** System trust, and {@code caCertificate} (PEM or DER, may hold several) too when not {@code null}. */
    public static SSLContext forCertificate(Path caCertificate) throws TlsSetupException {
        try {
            X509ExtendedTrustManager system = trustManager(null);
            TrustManager trust = caCertificate == null ? system
                    : new EitherTrustManager(system, trustManager(keyStoreOf(readCertificates(caCertificate))));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trust}, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new TlsSetupException(caCertificate, "cannot set up TLS trust", e);
        }
    }

    /** The certificates in a PEM or DER file; refuses a file that holds none. */
    public static List<X509Certificate> readCertificates(Path file) throws TlsSetupException {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(file)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException e) {
            throw new TlsSetupException(file, "cannot read " + file, e);
        } catch (CertificateException e) {
            throw new TlsSetupException(file, file + " holds no readable certificate", e);
        }
        List<X509Certificate> x509 = new ArrayList<>();
        for (Certificate c : certificates) {
            if (c instanceof X509Certificate x) {
                x509.add(x);
            }
        }
        if (x509.isEmpty()) {
            throw new TlsSetupException(file, file + " holds no certificate", null);
        }
        return x509;
    }

    private static KeyStore keyStoreOf(List<X509Certificate> certificates) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
            store.setCertificateEntry("newsroom-ca-" + i, certificates.get(i));
        }
        return store;
    }

    private static X509ExtendedTrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager m : factory.getTrustManagers()) {
            if (m instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /**
     * Trusts a server that either the system or the newsroom's CA vouches for. Each
     * delegate checks the chain and, through the engine or socket it is given, the host
     * name; a failure of both reports the system's reason.
     */
    private static final class EitherTrustManager extends X509ExtendedTrustManager {

        private final X509ExtendedTrustManager system;
        private final X509ExtendedTrustManager newsroom;

        EitherTrustManager(X509ExtendedTrustManager system, X509ExtendedTrustManager newsroom) {
            this.system = system;
            this.newsroom = newsroom;
        }

        private interface Check {
            void run(X509ExtendedTrustManager m) throws CertificateException;
        }

        private void either(Check check) throws CertificateException {
            try {
                check.run(system);
            } catch (CertificateException bySystem) {
                try {
                    check.run(newsroom);
                } catch (CertificateException byNewsroom) {
                    bySystem.addSuppressed(byNewsroom);
                    throw bySystem;
                }
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            either(m -> m.checkServerTrusted(chain, authType, engine));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            either(m -> m.checkServerTrusted(chain, authType, socket));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            either(m -> m.checkServerTrusted(chain, authType));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            either(m -> m.checkClientTrusted(chain, authType, engine));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            either(m -> m.checkClientTrusted(chain, authType, socket));
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            either(m -> m.checkClientTrusted(chain, authType));
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = system.getAcceptedIssuers();
            X509Certificate[] b = newsroom.getAcceptedIssuers();
            X509Certificate[] all = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
