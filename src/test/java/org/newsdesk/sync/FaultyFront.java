package org.newsdesk.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTP front that passes requests on to a real WebDAV server and, where its
 * rule says so, injects a fault instead: an error status (a 503 with {@code Retry-After}, a
 * redirect, 413, 423 …), a
 * connection dropped halfway through reading an upload (the unread rest makes the
 * kernel answer with a reset), or an upload read completely and never answered.
 */
final class FaultyFront implements AutoCloseable {

    enum Fault {
        NONE(0, null),
        ERROR_500(500, null),
        UNAVAILABLE_503(503, "120"),
        MOVED_301(301, null),
        TOO_LARGE_413(413, null),
        LOCKED_423(423, "30"),
        TOO_MANY_429(429, "7"),
        RESET_MID_UPLOAD(0, null),
        NEVER_ANSWER(0, null);

        final int status;
        final String retryAfter;

        Fault(int status, String retryAfter) {
            this.status = status;
            this.retryAfter = retryAfter;
        }
    }

    /** Decides each request's fault from its method and path. */
    interface Rule {
        Fault decide(String method, String path);
    }

    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "If-Match", "If-None-Match", "Depth");
    private static final List<String> RESPONSE_HEADERS = List.of("ETag", "Location", "Content-Type", "Retry-After");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient upstream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicInteger faults = new AtomicInteger();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final String upstreamOrigin;
    private final Rule rule;

    private FaultyFront(HttpServer server, String upstreamOrigin, Rule rule) {
        this.server = server;
        this.upstreamOrigin = upstreamOrigin;
        this.rule = rule;
    }

    /** A front on {@code port} (0: any free one) before the server at {@code upstreamOrigin} (http://host:port). */
    static FaultyFront start(int port, String upstreamOrigin, Rule rule) throws IOException {
        return serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16), upstreamOrigin, rule);
    }

    /** An https front on a free port, its certificate and key from {@code tls}, faultless. */
    static FaultyFront startTls(SSLContext tls, String upstreamOrigin) throws IOException {
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return serve(server, upstreamOrigin, (method, path) -> Fault.NONE);
    }

    private static FaultyFront serve(HttpServer server, String upstreamOrigin, Rule rule) {
        FaultyFront front = new FaultyFront(server, upstreamOrigin, rule);
        server.createContext("/", front::handle);
        server.setExecutor(front.executor);
        server.start();
        return front;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String uploadsUrl() {
        return (server instanceof HttpsServer ? "https" : "http") + "://127.0.0.1:" + port() + "/uploads/";
    }

    /** Every request seen, as {@code METHOD path}, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** How many faults were injected. */
    int faults() {
        return faults.get();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        requests.add(method + " " + exchange.getRequestURI().getPath());
        Fault fault = rule.decide(method, exchange.getRequestURI().getPath());
        if (fault != Fault.NONE) {
            faults.incrementAndGet();
        }
        try (exchange) {
            switch (fault) {
                case ERROR_500, UNAVAILABLE_503, MOVED_301, TOO_LARGE_413, LOCKED_423, TOO_MANY_429 -> answer(exchange, fault);
                case RESET_MID_UPLOAD -> {
                    long length = Long.parseLong(exchange.getRequestHeaders().getFirst("Content-Length"));
                    exchange.getRequestBody().readNBytes((int) (length / 2));
                    // closed without an answer and with unread bytes: the connection is reset
                }
                case NEVER_ANSWER -> {
                    exchange.getRequestBody().readAllBytes();
                    released.await();
                }
                case NONE -> forward(exchange);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void answer(HttpExchange exchange, Fault fault) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (fault.retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", fault.retryAfter);
        }
        if (fault.status == 301) {
            exchange.getResponseHeaders().add("Location", "https://portal.example.test/new-uploads/");
        }
        exchange.sendResponseHeaders(fault.status, -1);
    }

    private void forward(HttpExchange exchange) throws IOException, InterruptedException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstreamOrigin + exchange.getRequestURI()))
                .method(exchange.getRequestMethod(), body.length == 0 && !"PUT".equals(exchange.getRequestMethod())
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : REQUEST_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(h);
            if (value != null) {
                request.header(h, value);
            }
        }
        HttpResponse<byte[]> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        for (String h : RESPONSE_HEADERS) {
            response.headers().firstValue(h).ifPresent(v -> exchange.getResponseHeaders().add(h, v));
        }
        byte[] answer = "HEAD".equals(exchange.getRequestMethod()) ? new byte[0] : response.body();
        exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
    }
}
