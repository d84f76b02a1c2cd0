package org.throughline.testsupport.incontainer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A minimal in-process SMTP server for tests: accepts every message on a port and keeps what it
 * received (envelope recipient and raw data). {@link #refusing} answers every message with a
 * permanent error, to test a failed send.
 */
public final class SmtpSink implements AutoCloseable {

    /** One received message. */
    public record Received(String recipient, String data) {}

    private final ServerSocket server;
    private final boolean refuse;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private SmtpSink(int port, boolean refuse) {
        this.refuse = refuse;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new java.net.InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accepting = new Thread(this::accept, "smtp-sink");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** Listens on the port the application's mail session uses (SMTP_PORT). */
    public static SmtpSink accepting() {
        return new SmtpSink(Integer.parseInt(System.getenv("SMTP_PORT")), false);
    }

    public static SmtpSink refusing() {
        return new SmtpSink(Integer.parseInt(System.getenv("SMTP_PORT")), true);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                converse(socket);
            } catch (IOException e) {
                // closed, or the client hung up
            }
        }
    }

    private void converse(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        PrintWriter out =
                new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true);
        reply(out, "220 sink ready");
        String recipient = null;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.toUpperCase(java.util.Locale.ROOT);
            if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                reply(out, "250 sink");
            } else if (command.startsWith("MAIL FROM")) {
                reply(out, refuse ? "550 refused by the test" : "250 ok");
            } else if (command.startsWith("RCPT TO")) {
                recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                reply(out, "250 ok");
            } else if (command.equals("DATA")) {
                reply(out, "354 go ahead");
                StringBuilder data = new StringBuilder();
                for (String row = in.readLine(); row != null && !row.equals("."); row = in.readLine()) {
                    data.append(row.startsWith("..") ? row.substring(1) : row).append('\n');
                }
                received.add(new Received(recipient, data.toString()));
                reply(out, "250 accepted");
            } else if (command.equals("QUIT")) {
                reply(out, "221 bye");
                return;
            } else {
                reply(out, "250 ok");
            }
        }
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
