import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two instances of the packaged service on one database: registrations and actions spread over
 * both, decisions sent to both at once, lapse timers left to whichever job executor takes them.
 * Then, from the database: every acknowledged registration exists once, every case was closed
 * exactly once with the outcome its path leads to, and no process instance is left running.
 * Run by .ci/two-instances/run; arguments: URL of instance A, of instance B, admin password, JDBC URL.
 */
public class TwoInstances {

    static final int CASES = 90;
    static final String PASSWORD = "two-instances-password";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> FAILURES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String[] instances = { args[0], args[1] };
        String admin = auth("admin", args[2]);
        String agency = "TWO" + System.currentTimeMillis() % 100000;
        send(instances[0], "POST", "/api/agencies", admin, "{\"code\":\"" + agency + "\",\"name\":\"双实例测试机关\"}", 201);
        send(instances[1], "POST", "/api/agencies/" + agency + "/departments", admin, "{\"code\":\"D1\",\"name\":\"承办科室\"}", 201);
        for (String role : List.of("clerk", "handler", "office")) {
            send(instances[role.length() % 2], "POST", "/api/users", admin, "{\"username\":\"" + agency + "-" + role
                    + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"agency\":\"" + agency + "\""
                    + (role.equals("handler") ? ",\"department\":\"D1\"" : "") + "}", 201);
        }
        String clerk = auth(agency + "-clerk", PASSWORD);
        String handler = auth(agency + "-handler", PASSWORD);
        String office = auth(agency + "-office", PASSWORD);

        // Received in the last weeks, so that correction and payment periods have run out by now.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, String> expected = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        // The racing decisions get threads of their own: waiting for them on the pool could starve it.
        ExecutorService racers = Executors.newCachedThreadPool();
        List<Future<?>> work = new ArrayList<>();
        for (int n = 0; n < CASES; n++) {
            int i = n;
            work.add(pool.submit(() -> {
                String here = instances[i % 2];
                String there = instances[(i + 1) % 2];
                LocalDate received = today.minusDays(60 + i % 20);
                String body = "{\"agency\":\"" + agency + "\",\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"申请人"
                        + i + "\"},\"channel\":\"ONLINE\",\"receivedOn\":\"" + received
                        + "\",\"description\":\"某信息\",\"deliveryForm\":\"EMAIL\"}";
                String key = agency + "-" + i;
                String id = id(send(here, "POST", "/api/applications", clerk, body, 201, "Idempotency-Key", key));
                acknowledged.put(i, id);
                // A retry of the same registration on the other instance gets the same case.
                String replay = id(send(there, "POST", "/api/applications", clerk, body, 201, "Idempotency-Key", key));
                check(id.equals(replay), "the retry of registration " + i + " made case " + replay + " besides " + id);
                String path = "/api/applications/" + id + "/";
                send(there, "POST", path + "acceptance", clerk,
                        "{\"on\":\"" + received + "\",\"department\":\"D1\"}", 200);
                switch (i % 3) {
                    case 0 -> {
                        // The same decision on both instances at once: one wins, the other gets 409.
                        String decision = "{\"on\":\"" + received.plusDays(5) + "\",\"outcome\":\"GRANTED\"}";
                        Future<Integer> a = racers.submit(() -> status(here, "POST", path + "decision", handler, decision));
                        Future<Integer> b = racers.submit(() -> status(there, "POST", path + "decision", handler, decision));
                        List<Integer> answers = new ArrayList<>(List.of(a.get(), b.get()));
                        answers.sort(null);
                        check(answers.equals(List.of(200, 409)), "two decisions on case " + id + " answered " + answers);
                        expected.put(id, "GRANTED");
                    }
                    case 1 -> {
                        send(here, "POST", path + "correction-request", clerk, "{\"on\":\"" + received.plusDays(1)
                                + "\",\"items\":[\"名称\"],\"dueOn\":\"" + received.plusDays(10) + "\"}", 200);
                        expected.put(id, "OTHER_NO_CORRECTION");
                    }
                    default -> {
                        send(there, "POST", path + "fee-notice", office, "{\"on\":\"" + received.plusDays(1)
                                + "\",\"method\":\"PER_VOLUME\",\"pages\":150}", 200);
                        expected.put(id, "OTHER_FEE_UNPAID");
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        racers.shutdown();

        try (Connection db = DriverManager.getConnection(args[3])) {
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (count(db, "select count(*) from disclosure_case where agency_code = ? and status <> 'CLOSED'", agency) > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            check(count(db, "select count(*) from disclosure_case where agency_code = ?", agency) == CASES,
                    "the agency holds " + count(db, "select count(*) from disclosure_case where agency_code = ?", agency)
                            + " cases for " + CASES + " acknowledged registrations");
            check(acknowledged.size() == CASES, acknowledged.size() + " of " + CASES + " registrations acknowledged");
            for (String id : acknowledged.values()) {
                try (PreparedStatement q = db.prepareStatement("""
                        select c.status, c.outcome,
                               (select count(*) from case_event e where e.case_id = c.id
                                 and e.type in ('DECIDED', 'WITHDRAWN', 'CORRECTION_LAPSED', 'FEE_LAPSED')),
                               (select count(*) from act_ru_execution x where x.business_key_ = c.id::text),
                               (select count(*) from act_hi_procinst h where h.business_key_ = c.id::text
                                 and h.end_time_ is not null)
                          from disclosure_case c where c.id = ?::uuid
                        """)) {
                    q.setString(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        check(rs.next(), "acknowledged case " + id + " is missing");
                        check("CLOSED".equals(rs.getString(1)), "case " + id + " is " + rs.getString(1));
                        check(expected.get(id).equals(rs.getString(2)),
                                "case " + id + " closed as " + rs.getString(2) + ", not " + expected.get(id));
                        check(rs.getInt(3) == 1, "case " + id + " was closed " + rs.getInt(3) + " times");
                        check(rs.getInt(4) == 0, "case " + id + " still has a running process instance");
                        check(rs.getInt(5) == 1, "case " + id + " has " + rs.getInt(5) + " ended process instances");
                    }
                }
            }
            check(count(db, "select count(*) from act_ru_job", null) == 0, "jobs are left over");
        }
        if (!FAILURES.isEmpty()) {
            FAILURES.forEach(f -> System.out.println("✗ " + f));
            System.exit(1);
        }
        System.out.println("two instances, one database: " + CASES + " registrations acknowledged and stored once, "
                + CASES + " cases closed exactly once (" + CASES / 3 + " decided, " + CASES / 3
                + " correction lapses, " + CASES / 3 + " fee lapses), no process instance or job left");
    }

    static synchronized void check(boolean ok, String failure) {
        if (!ok) {
            FAILURES.add(failure);
        }
    }

    static long count(Connection db, String sql, String parameter) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            if (parameter != null) {
                q.setString(1, parameter);
            }
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String auth(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String id(String body) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return m.group(1);
    }

    static int status(String base, String method, String path, String auth, String body) throws Exception {
        return exchange(base, method, path, auth, body).statusCode();
    }

    static String send(String base, String method, String path, String auth, String body, int expected,
            String... headers) throws Exception {
        HttpResponse<String> response = exchange(base, method, path, auth, body, headers);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + base + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static HttpResponse<String> exchange(String base, String method, String path, String auth, String body,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
