import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the running service under concurrent clients, for a fixed time each: any
 * authenticated request (GET /api/users/me), registrations (POST /api/applications) and whole
 * cases (register, accept, decide), against the baseline measured in the same run: the bare engine
 * in this JVM starting an equivalent one-task process with one insert ({@link EngineBaseline}).
 * With the service's resident memory after start and after the load.
 * Run by {@code bench/run}; arguments: service URL, admin password, service PID, clients, seconds,
 * JDBC URL of the service's database, database user.
 */
public class CaseBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = auth("admin", args[1]);
        long pid = Long.parseLong(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String jdbcUrl = args[5];
        String databaseUser = args[6];
        long rssAtStart = rss(pid);
        call(base, "POST", "/api/agencies", admin, "{\"code\":\"CASEBENCH\",\"name\":\"基准测试机关\"}", 201);
        call(base, "POST", "/api/agencies/CASEBENCH/departments", admin, "{\"code\":\"D1\",\"name\":\"科室\"}", 201);
        for (String role : List.of("clerk", "handler")) {
            call(base, "POST", "/api/users", admin, "{\"username\":\"bench-" + role + "\",\"password\":\"bench-password\","
                    + "\"roles\":[\"" + role + "\"],\"agency\":\"CASEBENCH\"" + (role.equals("handler")
                            ? ",\"department\":\"D1\"" : "") + "}", 201);
        }
        String clerk = auth("bench-clerk", "bench-password");
        String handler = auth("bench-handler", "bench-password");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String application = "{\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"申请人\"},\"channel\":\"ONLINE\","
                + "\"receivedOn\":\"" + today + "\",\"description\":\"某信息\"}";

        Result engine;
        try (EngineBaseline bare = new EngineBaseline(jdbcUrl, databaseUser, clients)) {
            engine = load(clients, seconds, bare::start);
        }
        System.out.printf("%-30s %10s %10s %10s %12s %12s%n", clients + " clients, " + seconds + " s each",
                "per second", "p50", "p99", "rate ÷ bare", "p50 ÷ bare");
        print("bare engine: start + insert", engine, engine);
        print("any request (GET users/me)",
                load(clients, seconds, () -> call(base, "GET", "/api/users/me", clerk, null, 200)), engine);
        print("registration", load(clients, seconds, () -> call(base, "POST", "/api/applications", clerk, application, 201)),
                engine);
        print("case: register+accept+decide", load(clients, seconds, () -> {
            String id = id(call(base, "POST", "/api/applications", clerk, application, 201));
            call(base, "POST", "/api/applications/" + id + "/acceptance", clerk,
                    "{\"on\":\"" + today + "\",\"department\":\"D1\"}", 200);
            call(base, "POST", "/api/applications/" + id + "/decision", handler,
                    "{\"on\":\"" + today + "\",\"outcome\":\"GRANTED\"}", 200);
        }), engine);
        System.out.printf("resident memory: %d MB after start, %d MB after the load%n", rssAtStart / 1024,
                rss(pid) / 1024);
        letters(base, "under the loads above", null);
        // One client, the service warm: what a letter adds to one registration when nothing competes for the CPU.
        String warm = metrics(base);
        Result alone = load(1, seconds, () -> call(base, "POST", "/api/applications", clerk, application, 201));
        letters(base, String.format("one client: registration p50 %.1f ms, p99 %.1f ms, %.1f per second",
                alone.percentile(50), alone.percentile(99), alone.perSecond()), warm);
    }

    /**
     * What the letters cost the steps since the metrics {@code before} were read (null: since the
     * start): the part inside the step's transaction (worded, numbered, kept) and the printing just
     * after its commit, both before the step answers.
     */
    static void letters(String base, String load, String before) throws Exception {
        String now = metrics(base);
        double steps = delta(now, before, "disclosure_letters_issue_seconds_count");
        double printed = delta(now, before, "disclosure_letters_print_seconds_count");
        System.out.printf("letters, %s: %.0f steps issued theirs, %.1f ms each inside the step's transaction;"
                + " %.0f letters printed after their step committed, %.1f ms each%n", load, steps,
                steps == 0 ? 0 : delta(now, before, "disclosure_letters_issue_seconds_sum") / steps * 1000, printed,
                printed == 0 ? 0 : delta(now, before, "disclosure_letters_print_seconds_sum") / printed * 1000);
    }

    static String metrics(String base) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(managementBase(base) + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A sample's growth from {@code before} (none: from zero) to {@code now}. */
    static double delta(String now, String before, String name) {
        return sample(now, name) - (before == null ? 0 : sample(before, name));
    }

    /** The management interface (health, metrics): the HTTP port plus 1000, as bench/run starts the service. */
    static String managementBase(String base) {
        int colon = base.lastIndexOf(':');
        return base.substring(0, colon + 1) + (Integer.parseInt(base.substring(colon + 1)) + 1000);
    }

    /** A sample's value in the Prometheus text of /q/metrics. */
    static double sample(String metrics, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*\\})? (\\S+)$").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    record Result(int done, int seconds, List<Double> millis) {
        double perSecond() {
            return (double) done / seconds;
        }

        double percentile(int p) {
            List<Double> sorted = new ArrayList<>(millis);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    interface Action {
        void run() throws Exception;
    }

    static Result load(int clients, int seconds, Action action) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    action.run();
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        return new Result(millis.size(), seconds, millis);
    }

    static void print(String what, Result result, Result baseline) {
        System.out.printf("%-30s %10.1f %7.1f ms %7.1f ms %12.2f %12.2f%n", what, result.perSecond(),
                result.percentile(50), result.percentile(99), result.perSecond() / baseline.perSecond(),
                result.percentile(50) / baseline.percentile(50));
    }

    /** Resident set size in kB, from /proc. */
    static long rss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String id(String body) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        m.find();
        return m.group(1);
    }

    static String call(String base, String method, String path, String auth, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
