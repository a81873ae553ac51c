package org.newsdesk.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a web page for import: http and https only, redirects followed by hand (at most
 * {@link ImportLimits#MAX_REDIRECTS}, a loop refused), a connect time-out and an answer
 * time-out that runs whenever the server goes quiet (so a large page on a slow line still
 * arrives, but a server that stops sending does not hang the import), and the
 * {@link ImportLimits#MAX_TEXT_BYTES} limit enforced while the bytes arrive, whatever
 * Content-Length says. Every failure is an {@link ImportException} naming the address.
 */
public final class PageFetcher {

    /** How long to wait for a connection, and for the server's next bytes. */
    public record Timeouts(Duration connect, Duration answer) {
        public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(15), Duration.ofSeconds(30));
    }

    /**
     * A page as the server sent it.
     *
     * @param requested the address asked for
     * @param address   the address the page came from, after redirects
     * @param bytes     the body
     * @param charset   the charset the Content-Type header names, or null
     * @param html      whether the server calls it HTML (text/plain is read as text)
     */
    public record Page(String requested, String address, byte[] bytes, Charset charset, boolean html) {
    }

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_\\-:.]+)",
            Pattern.CASE_INSENSITIVE);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Timeouts timeouts;
    private final long limit;
    /** Built on first use: an import dialog that reads a file never starts the client's threads. */
    private HttpClient client;

    public PageFetcher() {
        this(Timeouts.DEFAULT, ImportLimits.MAX_TEXT_BYTES);
    }

    /** With other time-outs and size limit (tests). */
    public PageFetcher(Timeouts timeouts, long limit) {
        this.timeouts = timeouts;
        this.limit = limit;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(timeouts.connect())
                    .build();
        }
        return client;
    }

    /** Whether {@code text} is meant as a web address rather than a file name. */
    public static boolean isAddress(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.matches("^[a-z][a-z0-9+.-]*://.*");
    }

    /**
     * The address as a URI, or a BAD_ADDRESS error: http or https with a host, nothing else.
     * Spaces and non-ASCII characters (a Chinese path) are encoded as a browser would.
     */
    public static URI parse(String address) {
        String a = address == null ? "" : address.strip();
        try {
            URI uri = new URI(encodeLoosely(a));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw ImportException.atAddress(ImportException.Problem.BAD_ADDRESS, a,
                        scheme.isEmpty() ? "no http:// or https://" : scheme + ": is not http or https", null);
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw ImportException.atAddress(ImportException.Problem.BAD_ADDRESS, a, "no host", null);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw ImportException.atAddress(ImportException.Problem.BAD_ADDRESS, a, e.getReason(), e);
        }
    }

    /** Reads the page at {@code address}; {@code progress} is polled for cancellation. */
    public Page fetch(String address, ImportProgress progress) {
        ImportProgress p = progress == null ? ImportProgress.NONE : progress;
        URI uri = parse(address);
        String requested = uri.toString();
        Set<String> visited = new HashSet<>();
        for (int hop = 0; ; hop++) {
            visited.add(uri.toString());
            Answer answer = get(uri, p);
            int status = answer.status();
            if (status >= 300 && status < 400 && status != 304) {
                Optional<String> location = answer.headers().firstValue("location");
                if (location.isEmpty()) {
                    throw problem(ImportException.Problem.SERVER_ERROR, uri, "HTTP " + status + " without Location");
                }
                URI next;
                try {
                    next = uri.resolve(new URI(encodeLoosely(location.get().strip())));
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw problem(ImportException.Problem.BAD_ADDRESS, uri, "redirect to " + location.get());
                }
                next = parse(next.toString());
                if (hop + 1 > ImportLimits.MAX_REDIRECTS || visited.contains(next.toString())) {
                    throw ImportException.atAddress(ImportException.Problem.REDIRECT_LOOP, requested,
                            (hop + 1) + " redirects, last to " + next, null);
                }
                uri = next;
                continue;
            }
            if (status == 404 || status == 410) {
                throw problem(ImportException.Problem.NOT_FOUND, uri, "HTTP " + status);
            }
            if (status >= 400 || status < 200) {
                throw problem(ImportException.Problem.SERVER_ERROR, uri, "HTTP " + status);
            }
            String type = answer.headers().firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
            boolean html = type.isEmpty() || type.contains("html") || type.contains("xml");
            if (!html && !type.startsWith("text/")) {
                throw problem(ImportException.Problem.NOT_HTML, uri, type.split(";")[0].strip());
            }
            return new Page(requested, uri.toString(), answer.body(), charset(type), html);
        }
    }

    private record Answer(int status, HttpHeaders headers, byte[] body) {
    }

    private Answer get(URI uri, ImportProgress p) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeouts.answer())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
                .header("User-Agent", "Newsdesk")
                .GET().build();
        AtomicLong lastHeard = new AtomicLong(System.nanoTime());
        CompletableFuture<HttpResponse<byte[]>> future =
                client().sendAsync(request, info -> subscriber(info, uri, lastHeard, p));
        try {
            while (true) {
                try {
                    HttpResponse<byte[]> r = future.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
                    return new Answer(r.statusCode(), r.headers(), r.body());
                } catch (TimeoutException e) {
                    if (p.isCancelled()) {
                        throw problem(ImportException.Problem.CANCELLED, uri, "");
                    }
                    long quiet = System.nanoTime() - lastHeard.get();
                    if (quiet > timeouts.answer().toNanos() + timeouts.connect().toNanos()) {
                        throw problem(ImportException.Problem.TIMEOUT, uri, "no answer");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw problem(ImportException.Problem.CANCELLED, uri, "interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), uri);
        } finally {
            future.cancel(true);
        }
    }

    /** Collects the body, failing as soon as it passes the limit or the editor cancels. */
    private HttpResponse.BodySubscriber<byte[]> subscriber(HttpResponse.ResponseInfo info, URI uri, AtomicLong lastHeard,
                                                           ImportProgress p) {
        lastHeard.set(System.nanoTime());
        if (info.statusCode() >= 300) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]); // redirects and errors: the body is not needed
        }
        long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
        if (declared > limit) {
            throw problem(ImportException.Problem.TOO_LARGE, uri, (limit / (1024 * 1024)) + " MB");
        }
        return new Collector(uri, declared, lastHeard, p);
    }

    private final class Collector implements HttpResponse.BodySubscriber<byte[]> {
        private final URI uri;
        private final long declared;
        private final AtomicLong lastHeard;
        private final ImportProgress progress;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Collector(URI uri, long declared, AtomicLong lastHeard, ImportProgress progress) {
            this.uri = uri;
            this.declared = declared;
            this.lastHeard = lastHeard;
            this.progress = progress;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            lastHeard.set(System.nanoTime());
            for (ByteBuffer b : items) {
                if (bytes.size() + (long) b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(problem(ImportException.Problem.TOO_LARGE, uri,
                            (limit / (1024 * 1024)) + " MB"));
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                bytes.write(chunk, 0, chunk.length);
            }
            if (progress.isCancelled()) {
                subscription.cancel();
                result.completeExceptionally(problem(ImportException.Problem.CANCELLED, uri, ""));
                return;
            }
            progress.update(bytes.size(), 3L * Math.max(declared, bytes.size()));
            subscription.request(1);
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }

    private static ImportException failure(Throwable cause, URI uri) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ImportException ie) {
                return ie;
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return problem(ImportException.Problem.TIMEOUT, uri, t.getMessage(), t);
            }
            if (t instanceof UnknownHostException) {
                return problem(ImportException.Problem.UNREACHABLE, uri, "unknown host " + uri.getHost(), t);
            }
            if (t instanceof ConnectException) {
                return problem(ImportException.Problem.UNREACHABLE, uri, "connection refused", t);
            }
        }
        String message = cause == null ? "" : String.valueOf(cause.getMessage());
        if (cause instanceof IOException) {
            // e.g. "EOF reached while reading": fewer bytes than Content-Length promised
            return problem(ImportException.Problem.UNREACHABLE, uri, "connection broke off: " + message, cause);
        }
        return problem(ImportException.Problem.FAILED, uri, String.valueOf(cause), cause);
    }

    private static ImportException problem(ImportException.Problem problem, URI uri, String detail) {
        return ImportException.atAddress(problem, uri.toString(), detail, null);
    }

    private static ImportException problem(ImportException.Problem problem, URI uri, String detail, Throwable cause) {
        return ImportException.atAddress(problem, uri.toString(), detail, cause);
    }

    private static Charset charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (RuntimeException e) {
            return null; // an unknown name: detect it from the bytes instead
        }
    }

    /**
     * Percent-encodes what a browser would (spaces, non-ASCII characters and a few unsafe
     * ones); a host in Chinese characters becomes its ASCII (punycode) form.
     */
    private static String encodeLoosely(String raw) {
        String address = raw;
        int scheme = address.indexOf("://");
        if (scheme > 0) {
            int hostStart = scheme + 3;
            int hostEnd = hostStart;
            while (hostEnd < address.length() && "/?#".indexOf(address.charAt(hostEnd)) < 0) {
                hostEnd++;
            }
            String authority = address.substring(hostStart, hostEnd);
            int colon = authority.lastIndexOf(':');
            String host = colon >= 0 ? authority.substring(0, colon) : authority;
            if (!host.isEmpty() && !host.chars().allMatch(c -> c < 0x80)) {
                try {
                    host = java.net.IDN.toASCII(host, java.net.IDN.ALLOW_UNASSIGNED);
                } catch (IllegalArgumentException e) {
                    return address; // not a host name: the URI parser says so
                }
                address = address.substring(0, hostStart) + host + (colon >= 0 ? authority.substring(colon) : "")
                        + address.substring(hostEnd);
            }
        }
        StringBuilder sb = new StringBuilder(address.length());
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c > 0x7e || c <= 0x20 || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                int cp = address.codePointAt(i);
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b & 0xFF));
                }
                i += Character.charCount(cp) - 1;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
