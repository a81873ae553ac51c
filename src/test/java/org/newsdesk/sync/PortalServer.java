package org.newsdesk.sync;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A portal on loopback that implements the bundle API (docs/portal-api.md) over a raw socket,
 * so that it can misbehave in every way a network does: errors, Retry-After, resets in the
 * middle of an upload, answers that never come or trickle in, and answers lost after the
 * bundle was stored. It counts, per idempotency key, how often a bundle was newly stored:
 * exactly once is the contract.
 */
public final class PortalServer implements AutoCloseable {

    /** What the server does with one request. */
    public enum Fault {
        /** Behaves: 201 the first time, 200 for a repeat. */
        NONE,
        /** 500 before storing. */
        ERROR_500,
        /** 503 with Retry-After: 1, before storing. */
        BUSY_503,
        /** Reads half the upload, then resets the connection. */
        RESET_DURING_UPLOAD,
        /** Reads half the upload, then waits for ever (the client is killed meanwhile). */
        STALL_DURING_UPLOAD,
        /** Reads the whole upload and never answers. */
        SILENT,
        /** Stores the bundle, then sends its 201 one byte every 30 ms. */
        TRICKLE,
        /** Stores the bundle, then closes the connection without an answer (the 200 is lost). */
        LOST_ANSWER,
        /** 409: the portal has a newer revision. */
        CONFLICT,
        /** 413 with a message. */
        TOO_LARGE,
        /** 422 with a message. */
        UNPROCESSABLE,
        /** 500 whose body repeats the Authorization header it was sent. */
        ECHO_CREDENTIALS
    }

    /** Chooses the fault for the n-th request (from 1) carrying an idempotency key. */
    public interface Plan {
        Fault fault(int requestNumber, String idempotencyKey);
    }

    /** One request as the server received it. */
    public record Received(String method, String path, Map<String, String> headers, int bodyLength) {
    }

    private final ServerSocket socket;
    private final String token;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "portal-connection");
        t.setDaemon(true);
        return t;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger requestCount = new AtomicInteger();
    private final Map<String, byte[]> stored;
    private final Map<String, AtomicInteger> creations;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Plan plan = (n, key) -> Fault.NONE;

    /** @param port 0 for any free port; @param token the bearer token it wants, or null to want none */
    public PortalServer(int port, String token) throws IOException {
        this(port, token, new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    /** The same portal back on the network after an outage: what it stored is still there. */
    public PortalServer restarted() throws IOException {
        return new PortalServer(port(), token, stored, creations);
    }

    private PortalServer(int port, String token, Map<String, byte[]> stored, Map<String, AtomicInteger> creations)
            throws IOException {
        this.token = token;
        this.stored = stored;
        this.creations = creations;
        socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(this::accept, "portal-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public PortalServer plan(Plan value) {
        plan = value;
        return this;
    }

    public PortalServer always(Fault fault) {
        return plan((n, key) -> fault);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port() + "/api/");
    }

    public int requests() {
        return requestCount.get();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Idempotency key -> how often a bundle with that key was newly stored. */
    public Map<String, Integer> creations() {
        Map<String, Integer> copy = new TreeMap<>();
        creations.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public byte[] storedBundle(String key) {
        return stored.get(key);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket s = socket.accept();
                open.add(s);
                connections.execute(() -> serve(s));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            while (true) {
                String requestLine = line(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
                    int colon = h.indexOf(':');
                    headers.put(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
                }
                String[] parts = requestLine.split(" ");
                int length = Integer.parseInt(headers.getOrDefault("Content-Length", "0"));
                String key = headers.getOrDefault("Idempotency-Key", "");
                Fault fault = plan.fault(requestCount.incrementAndGet(), key);
                received.add(new Received(parts[0], parts[1], Map.copyOf(headers), length));
                if (fault == Fault.RESET_DURING_UPLOAD) {
                    in.readNBytes(length / 2);
                    s.setSoLinger(true, 0);
                    return;
                }
                if (fault == Fault.STALL_DURING_UPLOAD) {
                    in.readNBytes(length / 2);
                    closing.await();
                    return;
                }
                byte[] body = in.readNBytes(length);
                if (!respond(fault, headers, key, body, s, out)) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away or the server is closing
        } finally {
            open.remove(s);
        }
    }

    /** @return whether the connection stays open for another request */
    private boolean respond(Fault fault, Map<String, String> headers, String key, byte[] body, Socket s, OutputStream out)
            throws IOException, InterruptedException {
        switch (fault) {
            case ERROR_500 -> {
                send(out, 500, "Internal Server Error", "{\"message\": \"database is down\"}", "");
                return true;
            }
            case BUSY_503 -> {
                send(out, 503, "Service Unavailable", "busy", "Retry-After: 1\r\n");
                return true;
            }
            case SILENT -> {
                closing.await();
                return false;
            }
            case CONFLICT -> {
                send(out, 409, "Conflict", "{\"message\": \"revision 9 is already published\", \"currentRevision\": 9}", "");
                return true;
            }
            case TOO_LARGE -> {
                send(out, 413, "Payload Too Large", "{\"message\": \"bundles may be at most 1 byte\"}", "");
                return true;
            }
            case UNPROCESSABLE -> {
                send(out, 422, "Unprocessable Content", "{\"message\": \"article.json: headline missing\"}", "");
                return true;
            }
            case ECHO_CREDENTIALS -> {
                send(out, 500, "Internal Server Error", "{\"message\": \"cannot check "
                        + headers.getOrDefault("Authorization", "") + "\"}", "");
                return true;
            }
            default -> {
                // NONE, TRICKLE, LOST_ANSWER: the request is handled; only the answer differs
            }
        }
        if (token != null && !("Bearer " + token).equals(headers.get("Authorization"))) {
            send(out, 401, "Unauthorized", "{\"message\": \"token refused\"}", "");
            return true;
        }
        String digest = "sha-256=:" + Base64.getEncoder().encodeToString(sha256(body)) + ":";
        if (!key.equals(HexFormat.of().formatHex(sha256(body))) || !digest.equals(headers.get("Repr-Digest"))
                || !"application/zip".equals(headers.get("Content-Type"))) {
            send(out, 400, "Bad Request", "{\"message\": \"digest does not match the body\"}", "");
            return true;
        }
        boolean created = stored.putIfAbsent(key, body) == null;
        if (created) {
            creations.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
        if (fault == Fault.LOST_ANSWER) {
            s.setSoLinger(true, 0);
            return false;
        }
        String answer = "{\"status\": \"" + (created ? "created" : "already stored") + "\"}";
        if (fault == Fault.TRICKLE) {
            byte[] bytes = ("HTTP/1.1 201 Created\r\nContent-Length: " + answer.length() + "\r\n\r\n" + answer)
                    .getBytes(StandardCharsets.US_ASCII);
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(30);
            }
            return true;
        }
        send(out, created ? 201 : 200, created ? "Created" : "OK", answer, "");
        return true;
    }

    private static void send(OutputStream out, int status, String reason, String body, String extraHeaders)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
                + bytes.length + "\r\n" + extraHeaders + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                String text = buffer.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            buffer.write(c);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data)).toLowerCase(Locale.ROOT);
    }

    /** Stops listening and drops every open connection (the network goes away). */
    @Override
    public void close() throws IOException {
        closing.countDown();
        socket.close();
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0);
                s.close();
            } catch (SocketException ignored) {
                // already gone
            }
        }
        connections.shutdownNow();
    }
}
