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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput of the running service under concurrent clients: any authenticated request (GET
 * /api/users/me), registrations (POST /api/applications) and whole cases (register, accept,
 * decide), against the baselines measured in the same run: the bare engine in this JVM starting an
 * equivalent one-task process with one insert ({@link EngineBaseline}), once with the engine
 * settings the service had before issue 18 (audit history) and, where given, with its present ones.
 * Every load is first warmed up by count (a JIT still compiling made the first minute's rate climb
 * two- to threefold); then the loads take turns, one window each per round, so that a change in the
 * machine's load shows as a spread between rounds and each ratio compares windows of one round.
 * A step's letters are printed after it answers: each window ends when the printer has caught up,
 * and the rate with that printing counted (the window's steps over the window and the wait) is
 * printed beside the rate of answers, so that no window leaves its printing to the next one's load.
 * With the service's resident memory after start and after the load.
 * Run by {@code bench/run}; arguments: service URL, admin password, service PID, clients, seconds
 * per window, rounds, warm-up count, database user, then one or more baselines as
 * {@code history=JDBC URL}, each on a database of its own, the first being the reference.
 */
public class CaseBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = auth("admin", args[1]);
        long pid = Long.parseLong(args[2]);
        int clients = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int rounds = Integer.parseInt(args[5]);
        int warmup = Integer.parseInt(args[6]);
        String databaseUser = args[7];
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
        // Each user's first request pays bcrypt, at most two at a time, waiting 2 s for a turn
        // (security/VerifiedPasswords): eight clients' first requests at once on a loaded machine were
        // refused as throttled. One request each beforehand.
        for (String user : List.of(clerk, handler)) {
            call(base, "GET", "/api/users/me", user, null, 200);
        }
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String application = "{\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"申请人\"},\"channel\":\"ONLINE\","
                + "\"receivedOn\":\"" + today + "\",\"description\":\"某信息\"}";
        Action register = () -> call(base, "POST", "/api/applications", clerk, application, 201);

        EngineBaseline.logAsTheService();
        Map<String, Action> loads = new LinkedHashMap<>();
        List<EngineBaseline> baselines = new ArrayList<>();
        for (int b = 8; b < args.length; b++) {
            String history = args[b].substring(0, args[b].indexOf('='));
            EngineBaseline bare = new EngineBaseline(args[b].substring(history.length() + 1), databaseUser, clients,
                    history);
            baselines.add(bare);
            loads.put("bare engine, " + history + " history", bare::start);
        }
        loads.put("any request (GET users/me)", () -> call(base, "GET", "/api/users/me", clerk, null, 200));
        loads.put("registration", register);
        loads.put("case: register+accept+decide", () -> {
            String id = id(call(base, "POST", "/api/applications", clerk, application, 201));
            call(base, "POST", "/api/applications/" + id + "/acceptance", clerk,
                    "{\"on\":\"" + today + "\",\"department\":\"D1\"}", 200);
            call(base, "POST", "/api/applications/" + id + "/decision", handler,
                    "{\"on\":\"" + today + "\",\"outcome\":\"GRANTED\"}", 200);
        });
        try {
            for (Map.Entry<String, Action> load : loads.entrySet()) {
                long start = System.nanoTime();
                int count = warmupCount(load.getKey(), warmup);
                warm(clients, count, load.getValue());
                printed(base);
                System.out.printf("warm-up: %s, %d in %.0f s%n", load.getKey(), count,
                        (System.nanoTime() - start) / 1e9);
            }
            Map<String, List<Result>> windows = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Action> load : loads.entrySet()) {
                    Result window = load(clients, seconds, load.getValue());
                    windows.computeIfAbsent(load.getKey(), k -> new ArrayList<>()).add(window.printed(printed(base)));
                }
            }
            printWindows(clients, seconds, windows);
        } finally {
            baselines.forEach(EngineBaseline::close);
        }
        System.out.printf("resident memory: %d MB after start, %d MB after the load%n", rssAtStart / 1024,
                rss(pid) / 1024);
        letters(base, "under the loads above", null);
        // One client, the service warm: what a letter adds to one registration when nothing competes for the CPU.
        String warm = metrics(base);
        Result alone = load(1, seconds, register);
        letters(base, String.format("one client: registration p50 %.1f ms, p99 %.1f ms, %.1f per second",
                alone.percentile(50), alone.percentile(99), alone.perSecond()), warm);
    }

    /**
     * Each load's rate in every window, their median, p50 and p99 over all its windows, and its rate
     * against each baseline's in the same round: the median over the rounds, with the lowest and highest.
     */
    static void printWindows(int clients, int seconds, Map<String, List<Result>> windows) {
        List<String> baselines = windows.keySet().stream().filter(k -> k.startsWith("bare engine")).toList();
        System.out.printf("%d clients, %d rounds of %d s windows; rate ÷ a baseline: median of the rounds' ratios"
                + " (lowest–highest)%n", clients, windows.values().iterator().next().size(), seconds);
        StringBuilder header = new StringBuilder(String.format("%-32s %-24s %8s %8s %8s %18s", "load",
                "per second, each window", "median", "p50 ms", "p99 ms", "printing counted"));
        baselines.forEach(b -> header.append(String.format("  %-22s", "÷ " + b.substring("bare engine, ".length()))));
        System.out.println(header);
        for (Map.Entry<String, List<Result>> row : windows.entrySet()) {
            List<Result> results = row.getValue();
            List<Double> all = new ArrayList<>();
            results.forEach(r -> all.addAll(r.millis()));
            StringBuilder line = new StringBuilder(String.format("%-32s %-24s %8.1f %8.1f %8.1f %18.1f", row.getKey(),
                    String.join(" ", results.stream().map(r -> String.format("%.1f", r.perSecond())).toList()),
                    median(results.stream().map(Result::perSecond).toList()), percentile(all, 50),
                    percentile(all, 99), median(results.stream().map(Result::perSecondPrinted).toList())));
            for (String baseline : baselines) {
                List<Double> ratios = new ArrayList<>();
                for (int r = 0; r < results.size(); r++) {
                    ratios.add(results.get(r).perSecond() / windows.get(baseline).get(r).perSecond());
                }
                line.append(String.format("  %5.2f (%.2f–%.2f)       ", median(ratios), Collections.min(ratios),
                        Collections.max(ratios)));
            }
            System.out.println(line);
        }
    }

    /**
     * How many of a load's actions warm it up: {@code warmup} registrations; a case is three requests,
     * so a third as many; a bare engine start or an authenticated request costs a tenth of a
     * registration or less and the JIT compiles by counts of calls, so ten times as many.
     */
    static int warmupCount(String load, int warmup) {
        return load.startsWith("case") ? warmup / 3 : load.equals("registration") ? warmup : warmup * 10;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /**
     * What the letters cost the steps since the metrics {@code before} were read (null: since the
     * start): the part inside the step's transaction (worded, numbered, kept) and the printing after
     * its commit, and the letters the printer was too far behind to take.
     */
    static void letters(String base, String load, String before) throws Exception {
        printed(base);
        String now = metrics(base);
        double steps = delta(now, before, "disclosure_letters_issue_seconds_count");
        double printed = delta(now, before, "disclosure_letters_print_seconds_count");
        System.out.printf("letters, %s: %.0f steps issued theirs, %.1f ms each inside the step's transaction;"
                + " %.0f letters printed after their step committed, %.1f ms each; %.0f left to print when read%n",
                load, steps, steps == 0 ? 0 : delta(now, before, "disclosure_letters_issue_seconds_sum") / steps * 1000,
                printed, printed == 0 ? 0 : delta(now, before, "disclosure_letters_print_seconds_sum") / printed * 1000,
                delta(now, before, "disclosure_letters_print_left_total"));
    }

    /** Waits until the service has printed every letter handed to its printer: the seconds waited. */
    static double printed(String base) throws Exception {
        long start = System.nanoTime();
        while (sample(metrics(base), "disclosure_letters_print_waiting") > 0) {
            Thread.sleep(100);
        }
        return (System.nanoTime() - start) / 1e9;
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

    /** A window's steps, its length, each step's time, and the seconds its letters took to print after it. */
    record Result(int done, int seconds, List<Double> millis, double printing) {
        double perSecond() {
            return (double) done / seconds;
        }

        double perSecondPrinted() {
            return done / (seconds + printing);
        }

        Result printed(double after) {
            return new Result(done, seconds, millis, after);
        }

        double percentile(int p) {
            return CaseBench.percentile(millis, p);
        }
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** {@code count} actions shared by {@code clients} threads, not timed. */
    static void warm(int clients, int count, Action action) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    action.run();
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> f : done) {
            f.get();
        }
    }

    interface Action {
        void run() throws Exception;
    }

    static Result load(int clients, int seconds, Action action) throws Exception {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    action.run();
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                return null;
            }));
        }
        pool.shutdown();
        // A failed request ends the run rather than silently leaving fewer clients.
        for (Future<?> f : done) {
            f.get(seconds + 60L, TimeUnit.SECONDS);
        }
        return new Result(millis.size(), seconds, millis, 0);
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
