package com.reportflow.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the application and the database that a test can cut and restore, as an operator stopping and
 * starting the database would: while cut, the port refuses connections and every open connection is reset.
 */
public final class CuttableProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;

    public CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            this.port = probe.getLocalPort();
        }
        restore();
    }

    public int port() {
        return port;
    }

    /** The database is gone: new connections are refused and the open ones break. */
    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            socket.close();
        }
        open.clear();
    }

    /** The database is back on the same address. */
    public synchronized void restore() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port));
        listening = server;
        Thread.ofVirtual().start(() -> accept(server));
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket database = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(database);
                Thread.ofVirtual().start(() -> pump(client, database));
                Thread.ofVirtual().start(() -> pump(database, client));
            } catch (IOException e) {
                // Closed by cut(): the loop ends.
            }
        }
    }

    private static void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side closed: close the other too.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        cut();
    }
}
