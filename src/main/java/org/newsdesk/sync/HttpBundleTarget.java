package org.newsdesk.sync;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.Version;
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.credentials.CredentialStoreException;
import org.newsdesk.sync.DeliveryProblem.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portal's HTTP bundle API (docs/portal-api.md): {@code PUT {base}/stories/{id}/revisions/{n}}
 * with the zip streamed from disk, an {@code Idempotency-Key} and a digest of the bundle's
 * SHA-256, and the target's bearer token. Every answer is turned into an outcome; the token
 * never appears in an outcome or the log.
 */
public final class HttpBundleTarget implements DeliveryTarget {

    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(120);
    /**
     * How long the portal may stay silent once it has the whole bundle: a portal that takes the
     * bytes and never answers frees the delivery slot after this, not after {@link #ANSWER_TIMEOUT}.
     */
    public static final Duration FIRST_BYTE_TIMEOUT = Duration.ofSeconds(15);
    private static final Logger LOG = LoggerFactory.getLogger(HttpBundleTarget.class);
    private static final int MESSAGE_LENGTH = 500;
    private static final Pattern JSON_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final String name;
    private final URI base;
    private final CredentialStore credentials;
    private final HttpClient client;
    private final Duration answerTimeout;
    private final Duration firstByteTimeout;

    /**
     * @param answerTimeout how long an upload and its answer may take in all before the attempt
     *                      counts as failed (and is retried)
     */
    public HttpBundleTarget(String name, URI base, CredentialStore credentials, HttpClient client, Duration answerTimeout) {
        this(name, base, credentials, client, answerTimeout, FIRST_BYTE_TIMEOUT);
    }

    /**
     * @param firstByteTimeout how long after the upload has ended the answer's first byte may take
     */
    public HttpBundleTarget(String name, URI base, CredentialStore credentials, HttpClient client, Duration answerTimeout,
                            Duration firstByteTimeout) {
        this.firstByteTimeout = firstByteTimeout;
        this.name = name;
        this.base = base;
        this.credentials = credentials;
        this.client = client;
        this.answerTimeout = answerTimeout;
    }

    /** A client as targets use it: HTTP/1.1, redirects not followed (a PUT must not be resent elsewhere). */
    public static HttpClient client(Duration connectTimeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return name;
    }

    /** Where a bundle goes: {@code {base}/stories/{storyId}/revisions/{revision}}. */
    public URI uriFor(Delivery delivery) {
        String root = base.toString();
        if (root.endsWith("/")) {
            root = root.substring(0, root.length() - 1);
        }
        return URI.create(root + "/stories/" + delivery.storyId() + "/revisions/" + delivery.revision());
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) throws InterruptedException {
        Optional<char[]> secret;
        try {
            secret = credentials.secret(name);
        } catch (CredentialStoreException e) {
            return e.mayPass() ? new DeliveryOutcome.Retry(DeliveryProblem.of(e), null)
                    : new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CREDENTIALS, DeliveryProblem.of(e));
        }
        String token = secret.map(String::new).orElse(null);
        secret.ifPresent(s -> java.util.Arrays.fill(s, '\0'));
        if (token != null && !token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CREDENTIALS, DeliveryProblem.of(Code.HTTP_BAD_TOKEN, name));
        }
        CompletableFuture<Void> uploaded = new CompletableFuture<>();
        CompletableFuture<Void> answering = new CompletableFuture<>();
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uriFor(delivery))
                    .timeout(answerTimeout)
                    .header("Content-Type", "application/zip")
                    .header("Idempotency-Key", delivery.sha256())
                    .header("Repr-Digest", "sha-256=:" + base64(delivery.sha256()) + ":")
                    .header("User-Agent", "Newsdesk/" + Version.current())
                    .PUT(new UploadWatch(HttpRequest.BodyPublishers.ofFile(delivery.zip()), uploaded));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            List<String> channels = BundleChannels.of(delivery.zip());
            if (!channels.isEmpty()) {
                builder.header("Newsdesk-Channels", BundleChannels.header(channels));
            }
            if (delivery.scheduledFor() != null) {
                builder.header("Newsdesk-Scheduled-For", delivery.scheduledFor().toString());
            }
            if (delivery.embargoUntil() != null) {
                builder.header("Newsdesk-Embargoed-Until", delivery.embargoUntil().toString());
            }
            request = builder.build();
        } catch (FileNotFoundException e) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                    DeliveryProblem.of(Code.BUNDLE_MISSING, delivery.zip()));
        }
        HttpResponse.BodyHandler<String> strings = HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
        CompletableFuture<HttpResponse<String>> answer = client.sendAsync(request, info -> {
            answering.complete(null);
            return strings.apply(info);
        });
        long deadline = System.nanoTime() + answerTimeout.toNanos();
        try {
            // the upload, then the first byte of the answer (bounded on its own), then the rest
            CompletableFuture.anyOf(answer, uploaded, answering).get(left(deadline), TimeUnit.NANOSECONDS);
            if (!answer.isDone() && !answering.isDone()) {
                try {
                    CompletableFuture.anyOf(answer, answering)
                            .get(Math.min(left(deadline), firstByteTimeout.toNanos()), TimeUnit.NANOSECONDS);
                } catch (TimeoutException silent) {
                    if (left(deadline) > 0) {
                        answer.cancel(true);
                        return retry(DeliveryProblem.of(Code.HTTP_NO_FIRST_BYTE, Redaction.shown(base),
                                seconds(firstByteTimeout)), silent);
                    }
                    throw silent;
                }
            }
            return outcome(answer.get(left(deadline), TimeUnit.NANOSECONDS), token);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return retry(DeliveryProblem.of(Code.HTTP_NO_ANSWER, Redaction.shown(base), seconds(answerTimeout)), e);
        } catch (ExecutionException e) {
            return retry(problem(e.getCause(), token), e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            throw e;
        }
    }

    private DeliveryOutcome outcome(HttpResponse<String> response, String token) {
        int status = response.statusCode();
        String portal = Redaction.without(portalMessage(response.body()), token);
        DeliveryProblem line = portal.isEmpty() ? DeliveryProblem.of(Code.HTTP_STATUS, status)
                : DeliveryProblem.of(Code.HTTP_STATUS_SAID, status, portal);
        if (status == 200 || status == 201 || status == 204) {
            return new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, status));
        }
        if (status == 409) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CONFLICT, line);
        }
        if (status == 401 || status == 403) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CREDENTIALS, line);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return new DeliveryOutcome.Retry(line, retryAfter(response));
        }
        return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, line);
    }

    private DeliveryOutcome retry(DeliveryProblem problem, Throwable cause) {
        LOG.info("delivery to {} failed, will retry: {} ({})", name, problem,
                cause == null ? "-" : cause.getClass().getSimpleName());
        return new DeliveryOutcome.Retry(problem, null);
    }

    /** Why the upload failed; what the connection reported is kept without the token. */
    private DeliveryProblem problem(Throwable cause, String token) {
        String where = Redaction.shown(base);
        if (cause instanceof HttpConnectTimeoutException) {
            return DeliveryProblem.of(Code.HTTP_CONNECT_TIMEOUT, where);
        }
        if (cause instanceof HttpTimeoutException) {
            return DeliveryProblem.of(Code.HTTP_NO_ANSWER, where, seconds(answerTimeout));
        }
        if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
                || cause != null && cause.getCause() instanceof UnresolvedAddressException) {
            return DeliveryProblem.of(Code.HTTP_CANNOT_CONNECT, where);
        }
        if (cause instanceof IOException) {
            return DeliveryProblem.of(Code.HTTP_CONNECTION_LOST, where,
                    cause.getMessage() == null ? "" : " (" + Redaction.without(cause.getMessage(), token) + ")");
        }
        return DeliveryProblem.of(Code.HTTP_FAILED, where, cause == null ? "unknown" : cause.getClass().getSimpleName());
    }

    /** The portal's own words: {"message": "..."} or plain text, on one line, not too long. */
    static String portalMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        Matcher json = JSON_MESSAGE.matcher(body);
        String text = json.find() ? json.group(1).replace("\\\"", "\"").replace("\\\\", "\\") : body;
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > MESSAGE_LENGTH ? text.substring(0, MESSAGE_LENGTH) + "…" : text;
    }

    /** Retry-After in seconds or as an HTTP date; {@code null} when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.get())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static long left(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    /** Passes the bundle's bytes on and says when the last one has been handed over. */
    private static final class UploadWatch implements HttpRequest.BodyPublisher {
        private final HttpRequest.BodyPublisher bytes;
        private final CompletableFuture<Void> done;

        UploadWatch(HttpRequest.BodyPublisher bytes, CompletableFuture<Void> done) {
            this.bytes = bytes;
            this.done = done;
        }

        @Override
        public long contentLength() {
            return bytes.contentLength();
        }

        @Override
        public void subscribe(java.util.concurrent.Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
            bytes.subscribe(new java.util.concurrent.Flow.Subscriber<java.nio.ByteBuffer>() {
                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                    subscriber.onSubscribe(subscription);
                }

                @Override
                public void onNext(java.nio.ByteBuffer item) {
                    subscriber.onNext(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    subscriber.onError(throwable);
                }

                @Override
                public void onComplete() {
                    subscriber.onComplete();
                    done.complete(null);
                }
            });
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    private static String base64(String hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }
}
