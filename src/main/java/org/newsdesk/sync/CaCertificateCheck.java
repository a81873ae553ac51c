package org.newsdesk.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.newsdesk.i18n.Messages;

/**
 * Checks a newsroom CA certificate file before a target is saved with it, so that the editor
 * hears at the field what is wrong rather than later from a refused delivery. Reads the file:
 * call it off the FX thread.
 */
public final class CaCertificateCheck {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private CaCertificateCheck() {
    }

    /** What is wrong with {@code file} as a CA certificate, in the editor's language; empty when it can be used. */
    public static Optional<String> problem(Path file, Instant now, Messages messages) {
        String name = file.toString();
        if (!Files.exists(file)) {
            return Optional.of(messages.get("tls.ca.missing", name));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Optional.of(messages.get("tls.ca.unreadable", name));
        }
        List<X509Certificate> certificates;
        try {
            certificates = TlsContexts.readCertificates(file);
        } catch (TlsSetupException e) {
            return Optional.of(messages.get(e.getCause() instanceof java.io.IOException ? "tls.ca.unreadable"
                    : "tls.ca.notCertificate", name));
        }
        // a file may hold a chain: one usable authority in it is enough
        if (certificates.stream().noneMatch(c -> c.getBasicConstraints() >= 0)) {
            return Optional.of(messages.get("tls.ca.notCa", name));
        }
        if (certificates.stream().allMatch(c -> c.getNotAfter().toInstant().isBefore(now))) {
            Instant last = certificates.stream().map(c -> c.getNotAfter().toInstant()).max(Instant::compareTo).orElseThrow();
            return Optional.of(messages.get("tls.ca.expired", name, DAY.format(last)));
        }
        return Optional.empty();
    }
}
