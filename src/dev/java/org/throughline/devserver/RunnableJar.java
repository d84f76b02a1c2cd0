package org.throughline.devserver;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Starts {@code target/throughline.jar} — the artifact that production runs, with {@code server-config/}
 * baked in — as its own process. The run command, the purge benchmark and every test server start it
 * here, giving only what differs per instance: port, runtime folder, environment, and for the
 * in-container tests one more WAR.
 */
public final class RunnableJar {

    private RunnableJar() {}

    /**
     * Starts the jar on {@code port} with its runtime folder at {@code rootDir} (emptied first, so each
     * start applies the configuration afresh), with these environment variables added to this
     * process's own; its output goes to {@code log}, or to this console when null. Unless {@code env}
     * names cluster members, the instance's data grid gets a free loopback port and a cluster of its own,
     * so that servers started side by side on one machine (the demo, the test servers) never join.
     */
    public static Process start(
            Path project, int port, Path rootDir, Map<String, String> env, File log, String... extraOptions)
            throws IOException {
        Path jar = project.resolve("target/throughline.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Build first: mvn -DskipTests package (missing " + jar + ")");
        }
        empty(rootDir);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // the memory settings of server-config/examples/throughline.service (README: resident memory)
        command.addAll(List.of("-Xmx384m", "-XX:ReservedCodeCacheSize=64m", "-jar", jar.toString()));
        command.addAll(List.of("--port", String.valueOf(port), "--rootdir", rootDir.toString()));
        command.addAll(List.of(extraOptions));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile());
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(log);
        }
        if (!env.containsKey("THROUGHLINE_CLUSTER_MEMBERS")) {
            int gridPort = freePort();
            builder.environment().put("THROUGHLINE_CLUSTER_PORT", String.valueOf(gridPort));
            builder.environment().put("THROUGHLINE_CLUSTER_MEMBERS", "127.0.0.1:" + gridPort);
            builder.environment().put("THROUGHLINE_CLUSTER_NAME", "throughline-" + port);
        }
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Stops a started jar: asks it to shut down, and ends it if it has not within 20 seconds. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A TCP port that nothing on this machine listens on at the moment. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void empty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
