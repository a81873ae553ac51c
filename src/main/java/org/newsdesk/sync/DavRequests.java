package org.newsdesk.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.UnresolvedAddressException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.newsdesk.sync.DeliveryProblem.Code;
import org.newsdesk.sync.DeliveryOutcome.Reason;
import org.newsdesk.sync.DeliveryOutcome.Rejected;
import org.newsdesk.sync.DeliveryOutcome.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebDAV requests of one delivery attempt and what their answers mean. Any answer
 * or fault that ends the attempt is thrown as {@link DeliveryStopped} with its outcome:
 *
 * <ul>
 * <li>401, 403 (and 407 from a proxy): {@link Reason#CREDENTIALS};
 * <li>412 (a precondition on the manifest failed: someone else changed the folder during
 *     the upload): {@link Reason#CONFLICT};
 * <li>409 (RFC 4918: a parent folder is missing, i.e. the target's address is wrong),
 *     413, 415, 422, redirects and every other 4xx: {@link Reason#REFUSED};
 * <li>408, 423 (locked by another client; locks expire), 425, 429 and every 5xx:
 *     {@link Retry}, with the server's {@code Retry-After};
 * <li>refused or dropped connections, time-outs, unknown hosts: {@link Retry};
 * <li>a certificate nobody vouches for: {@link Reason#REFUSED}, since it will not heal
 *     by itself: the editor adds the newsroom's CA certificate or fixes the address.
 * </ul>
 *
 * Problems ({@link DeliveryProblem}) name the server by its address without user information,
 * and the file by its path; they never quote headers or exception texts, so no credential can leak.
 */
final class DavRequests {

    private static final Logger LOG = LoggerFactory.getLogger(DavRequests.class);

    /** A file as read from the server. */
    record Remote(byte[] body, String etag) {
    }

    private final HttpClient client;
    private final String authorization;
    private final Duration timeout;
    private final String server;
    private final Clock clock;

    /**
     * @param authorization the {@code Authorization} header's value, or {@code null}
     * @param server        the server's address as shown to the editor
     */
    DavRequests(HttpClient client, String authorization, Duration timeout, String server, Clock clock) {
        this.client = client;
        this.authorization = authorization;
        this.timeout = timeout;
        this.server = server;
        this.clock = clock;
    }

    /** Makes a folder; one that exists already (405) is fine. */
    void mkcol(URI folder, String what) throws DeliveryStopped, InterruptedException {
        HttpResponse<Void> r = send(HttpRequest.newBuilder(folder).method("MKCOL", BodyPublishers.noBody()),
                BodyHandlers.discarding(), what);
        if (r.statusCode() == 409) {
            throw stop(new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_MISSING_FOLDER, server)));
        }
        if (r.statusCode() != 405) {
            requireSuccess(r, what);
        }
    }

    /** A file's bytes and ETag, or {@code null} when the server has no such file. */
    Remote get(URI file, String what) throws DeliveryStopped, InterruptedException {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(file).GET(), BodyHandlers.ofByteArray(), what);
        if (r.statusCode() == 404) {
            return null;
        }
        requireSuccess(r, what);
        return new Remote(r.body(), r.headers().firstValue("ETag").orElse(null));
    }

    /**
     * Deletes a file if it is still the version with {@code etag}; gone is fine. Only a strong
     * ETag can be a precondition (RFC 9110 If-Match); with a weak one or none, any version goes.
     * Apache marks the ETag of a file changed within the last second as weak.
     */
    void delete(URI file, String etag, String what) throws DeliveryStopped, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(file).DELETE();
        if (etag != null && !etag.startsWith("W/")) {
            b.header("If-Match", etag);
        }
        HttpResponse<Void> r = send(b, BodyHandlers.discarding(), what);
        if (r.statusCode() != 404) {
            requireSuccess(r, what);
        }
    }

    /** Writes a file; with {@code onlyIfAbsent} the server refuses (412) if one appeared meanwhile. */
    void put(URI file, BodyPublisher body, String contentType, boolean onlyIfAbsent, String what)
            throws DeliveryStopped, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(file).PUT(body).header("Content-Type", contentType);
        if (onlyIfAbsent) {
            b.header("If-None-Match", "*");
        }
        requireSuccess(send(b, BodyHandlers.discarding(), what), what);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder builder, BodyHandler<T> handler, String what)
            throws DeliveryStopped, InterruptedException {
        builder.timeout(timeout);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        HttpRequest request = builder.build();
        CompletableFuture<HttpResponse<T>> future = client.sendAsync(request, handler);
        try {
            // the request's own time-out ends at the answer's headers; this bounds its body too
            return future.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("WebDAV {} {}: no complete answer in {}", request.method(), what, timeout.multipliedBy(2));
            throw stop(new Retry(DeliveryProblem.of(Code.WEBDAV_TIMEOUT, server, what, timeout.toSeconds()), null));
        } catch (ExecutionException e) {
            LOG.warn("WebDAV {} {} on {} failed: {}", request.method(), what, server, String.valueOf(e.getCause()));
            throw stop(forFailure(e.getCause(), what));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    private void requireSuccess(HttpResponse<?> r, String what) throws DeliveryStopped {
        int status = r.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        LOG.warn("WebDAV {} {} on {}: HTTP {}", r.request().method(), what, server, status);
        throw stop(forStatus(r, what));
    }

    private DeliveryOutcome forStatus(HttpResponse<?> r, String what) {
        int status = r.statusCode();
        return switch (status) {
            case 401, 403, 407 -> new Rejected(Reason.CREDENTIALS, DeliveryProblem.of(Code.WEBDAV_CREDENTIALS, server, status));
            case 412 -> new Rejected(Reason.CONFLICT, DeliveryProblem.of(Code.WEBDAV_CHANGED, what));
            case 413 -> new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_TOO_LARGE, server, what));
            case 423 -> new Retry(DeliveryProblem.of(Code.WEBDAV_LOCKED, what), RetryAfter.of(r.headers(), clock));
            case 408, 425, 429 -> new Retry(DeliveryProblem.of(Code.WEBDAV_BUSY, server, what, status),
                    RetryAfter.of(r.headers(), clock));
            default -> {
                if (status >= 500) {
                    yield new Retry(DeliveryProblem.of(Code.WEBDAV_SERVER, server, what, status), RetryAfter.of(r.headers(), clock));
                }
                if (status >= 300 && status < 400) {
                    yield new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_REDIRECT, server, what,
                            r.headers().firstValue("Location").map(DavRequests::printable).orElse("?")));
                }
                yield new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_REFUSED, server, what, status));
            }
        };
    }

    private DeliveryOutcome forFailure(Throwable failure, String what) {
        if (has(failure, HttpConnectTimeoutException.class) || has(failure, ConnectException.class)
                || has(failure, UnresolvedAddressException.class) || has(failure, UnknownHostException.class)) {
            return new Retry(DeliveryProblem.of(Code.WEBDAV_CONNECT, server), null);
        }
        if (has(failure, HttpTimeoutException.class)) {
            return new Retry(DeliveryProblem.of(Code.WEBDAV_TIMEOUT, server, what, timeout.toSeconds()), null);
        }
        if (has(failure, SSLHandshakeException.class) && has(failure, CertificateException.class)) {
            return new Rejected(Reason.REFUSED, DeliveryProblem.of(Code.WEBDAV_UNTRUSTED, server));
        }
        if (has(failure, SSLException.class)) {
            return new Retry(DeliveryProblem.of(Code.WEBDAV_TLS, server), null);
        }
        if (failure instanceof IOException || has(failure, IOException.class)) {
            return new Retry(DeliveryProblem.of(Code.WEBDAV_BROKEN, server, what), null);
        }
        throw new IllegalStateException("unexpected failure of a WebDAV request", failure);
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static DeliveryStopped stop(DeliveryOutcome outcome) {
        return new DeliveryStopped(outcome);
    }

    private static String printable(String s) {
        return s.replaceAll("\\p{Cntrl}", "?");
    }
}
