package org.newsdesk.newsroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on a loopback port between workstations and the test's PostgreSQL: it forwards
 * bytes both ways and, on demand, cuts (resets every connection and refuses new ones until
 * restored), resets the connections under way, or delays every chunk it forwards.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService pumps;
    private final AtomicInteger accepted = new AtomicInteger();
    private volatile boolean cut;
    private volatile long delayMillis;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AtomicInteger n = new AtomicInteger();
        this.pumps = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "tcp-proxy-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pumps.execute(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The same JDBC address with this proxy's port instead of the server's. */
    public String via(String url) {
        return url.replace(":" + targetPort + "/", ":" + port() + "/");
    }

    /** Resets every connection under way and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        resetAll();
    }

    public void restore() {
        cut = false;
    }

    public boolean isCut() {
        return cut;
    }

    /** Resets (TCP RST) the connections under way; new ones are accepted unless cut. */
    public void resetAll() {
        for (Socket s : open) {
            reset(s);
        }
    }

    /** Holds every forwarded chunk this long (zero: none). */
    public void delay(Duration delay) {
        delayMillis = delay.toMillis();
    }

    /** How many connections were accepted so far. */
    public int accepted() {
        return accepted.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (cut) {
                reset(client);
                continue;
            }
            accepted.incrementAndGet();
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                pumps.execute(() -> pump(client, server));
                pumps.execute(() -> pump(server, client));
            } catch (IOException e) {
                reset(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                long delay = delayMillis;
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                if (cut) {
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the other side went away or the connection was reset: end both directions
        } finally {
            reset(from);
            reset(to);
        }
    }

    private void reset(Socket s) {
        open.remove(s);
        try {
            s.setSoLinger(true, 0);
        } catch (SocketException e) {
            // already closed
        }
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        resetAll();
        pumps.shutdownNow();
    }
}
