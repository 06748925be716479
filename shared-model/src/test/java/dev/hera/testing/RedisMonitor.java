package dev.hera.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches a Redis server with {@code MONITOR}: every command the server receives, one line each.
 * Commands a Lua script runs are marked {@code [0 lua]}; commands sent by a client carry the
 * client's address, so counting those lines counts round trips.
 */
public final class RedisMonitor implements AutoCloseable {

    private final Socket socket;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    public RedisMonitor(int port) throws IOException {
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream().write("MONITOR\r\n".getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String ok = in.readLine();
        if (!"+OK".equals(ok)) {
            throw new IOException("MONITOR refused: " + ok);
        }
        reader = new Thread(() -> {
            try {
                for (String line; (line = in.readLine()) != null;) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException closed) {
                // the monitor was closed
            }
        }, "redis-monitor");
        reader.setDaemon(true);
        reader.start();
    }

    /** Lines seen so far that a client sent (not a script) and that contain {@code text}. */
    public List<String> clientCommandsMentioning(String text) {
        synchronized (lines) {
            return lines.stream().filter(l -> !l.contains(" lua] ")).filter(l -> l.contains(text)).toList();
        }
    }

    /** Lines seen so far that a script ran and that contain {@code text}. */
    public List<String> scriptCommandsMentioning(String text) {
        synchronized (lines) {
            return lines.stream().filter(l -> l.contains(" lua] ")).filter(l -> l.contains(text)).toList();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
