package org.geokg.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP listener on a free loopback port that counts the connections it accepts and answers each like a SPARQL
 * endpoint would (an empty JSON result), so that a test can assert that nothing connected to it.
 */
public final class LoopbackListener implements AutoCloseable {
    private static final String ANSWER = "HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
            + "Connection: close\r\nContent-Length: 44\r\n\r\n{\"head\":{\"vars\":[]},\"results\":{\"bindings\":[]}}";

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    public LoopbackListener() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "loopback-listener");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Connections accepted so far. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                connections.incrementAndGet();
                OutputStream out = s.getOutputStream();
                out.write(ANSWER.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed: the loop ends
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
