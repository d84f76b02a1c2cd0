package org.throughline.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.throughline.testsupport.WebClient;

/**
 * Eight people asking for one page, each in their own signed-in session on their own connection, as
 * fast as it answers: requests a second and latency percentiles.
 */
final class Load {

    static final int CONNECTIONS = 8;
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private Load() {}

    record Figures(double perSecond, double p50, double p95, double p99, int errors) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%.0f requests/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors",
                    perSecond,
                    p50,
                    p95,
                    p99,
                    errors);
        }
    }

    static Figures run(List<WebClient> clients, String path, Duration measure) throws Exception {
        loop(clients, path, WARM_UP);
        return loop(clients, path, measure);
    }

    private static Figures loop(List<WebClient> clients, String path, Duration length) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        long started = System.nanoTime();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            WebClient client = clients.get(i % clients.size());
            workers.add(pool.submit(() -> {
                long[] took = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    if (client.get(path).statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == took.length) {
                        took = Arrays.copyOf(took, n * 2);
                    }
                    took[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(took, n);
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            for (long t : worker.get()) {
                all.add(t);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Figures(sorted.length / seconds, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), errors.get());
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** Waits for /health/ready; returns the seconds from {@code started}. */
    static double awaitReady(String url, Process server, long started) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
            if (!server.isAlive()) {
                throw new IllegalStateException("The application ended while starting; see target/bench/");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return (System.nanoTime() - started) / 1e9;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The application was not ready within 5 minutes");
    }
}
