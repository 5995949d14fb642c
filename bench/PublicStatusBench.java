import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A staff request's latency while the public status endpoint takes wrong reference and query code
 * pairs at a bounded rate, against the same request's latency without that load, in the same run.
 * The wrong pairs come from {@code clients} threads at {@code rate} a second in all, from one
 * address (the throttle soon answers them with 429), each with a reference of its own (so the
 * per-reference count never stops them). Run by {@code bench/run}; arguments: service URL, admin
 * password, attacking clients, wrong pairs a second, seconds per measurement.
 */
public class PublicStatusBench {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = CaseBench.auth("admin", args[1]);
        int clients = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        long interval = 1_000_000_000L * clients / rate;
        CaseBench.call(base, "POST", "/api/agencies", admin, "{\"code\":\"PUBBENCH\",\"name\":\"查询基准机关\"}", 201);
        CaseBench.call(base, "POST", "/api/users", admin, "{\"username\":\"pub-clerk\","
                + "\"password\":\"bench-password\",\"roles\":[\"clerk\"],\"agency\":\"PUBBENCH\"}", 201);
        String clerk = CaseBench.auth("pub-clerk", "bench-password");
        String id = CaseBench.id(CaseBench.call(base, "POST", "/api/applications", clerk,
                "{\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"张三\"},\"channel\":\"IN_PERSON\","
                        + "\"description\":\"某信息\"}", 201));
        // Warm up, then the staff request alone.
        staff(base, clerk, id, seconds / 2);
        List<Long> alone = staff(base, clerk, id, seconds);

        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong attempts = new AtomicLong();
        AtomicLong throttled = new AtomicLong();
        ExecutorService attackers = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            attackers.submit(() -> {
                long n = 0;
                long next = System.nanoTime();
                while (!stop.get()) {
                    // Paced: each client sends its share of the rate, however fast the answers come.
                    next += interval;
                    LockSupport.parkNanos(next - System.nanoTime());
                    String body = "{\"reference\":\"W20260101-" + client + "X" + (n++)
                            + "\",\"queryCode\":\"2222-2222-2222-2222\"}";
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/public/status"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    try {
                        int status = CaseBench.HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        attempts.incrementAndGet();
                        if (status == 429) {
                            throttled.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return null;
                    }
                }
                return null;
            });
        }
        List<Long> loaded = staff(base, clerk, id, seconds);
        stop.set(true);
        attackers.shutdown();
        attackers.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);

        System.out.printf("%-34s %10s %10s %12s%n", "GET /api/applications/{id}", "p50", "p95", "requests");
        print("alone", alone);
        print("with " + rate + " wrong pairs/s", loaded);
        System.out.printf("wrong pairs sent: %d (%.0f/s), of them 429: %d; p50 ratio %.2f, p95 ratio %.2f%n",
                attempts.get(), attempts.get() / (double) seconds, throttled.get(),
                percentile(loaded, 50) / (double) percentile(alone, 50),
                percentile(loaded, 95) / (double) percentile(alone, 95));
    }

    /** One staff client reading a case for {@code seconds}: each request's latency in microseconds. */
    static List<Long> staff(String base, String auth, String id, int seconds) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            CaseBench.call(base, "GET", "/api/applications/" + id, auth, null, 200);
            latencies.add((System.nanoTime() - start) / 1000);
        }
        return latencies;
    }

    static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
    }

    static void print(String what, List<Long> latencies) {
        System.out.printf("%-34s %7.1f ms %7.1f ms %12d%n", what, percentile(latencies, 50) / 1000.0,
                percentile(latencies, 95) / 1000.0, latencies.size());
    }
}
