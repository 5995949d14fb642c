import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
    /** The service's default limit of wrong passwords for one name. */
    static final int SIGN_IN_FAILURES = 5;

    public static void main(String[] args) throws Exception {
        String[] instances = { args[0], args[1] };
        String admin = ServiceClient.auth("admin", args[2]);
        String agency = "TWO" + System.currentTimeMillis() % 100000;
        ServiceClient.send(instances[0], "POST", "/api/agencies", admin, "{\"code\":\"" + agency + "\",\"name\":\"双实例测试机关\"}", 201);
        ServiceClient.send(instances[1], "POST", "/api/agencies/" + agency + "/departments", admin, "{\"code\":\"D1\",\"name\":\"承办科室\"}", 201);
        for (String role : List.of("clerk", "handler", "office")) {
            ServiceClient.send(instances[role.length() % 2], "POST", "/api/users", admin, "{\"username\":\"" + agency + "-" + role
                    + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"],\"agency\":\"" + agency + "\""
                    + (role.equals("handler") ? ",\"department\":\"D1\"" : "") + "}", 201);
        }
        String clerk = ServiceClient.auth(agency + "-clerk", PASSWORD);
        String handler = ServiceClient.auth(agency + "-handler", PASSWORD);
        String office = ServiceClient.auth(agency + "-office", PASSWORD);

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
                String id = ServiceClient.id(
                        ServiceClient.send(here, "POST", "/api/applications", clerk, body, 201, "Idempotency-Key", key));
                acknowledged.put(i, id);
                // A retry of the same registration on the other instance gets the same case.
                String replay = ServiceClient.id(
                        ServiceClient.send(there, "POST", "/api/applications", clerk, body, 201, "Idempotency-Key", key));
                ServiceClient.check(id.equals(replay), "the retry of registration " + i + " made case " + replay + " besides " + id);
                String path = "/api/applications/" + id + "/";
                ServiceClient.send(there, "POST", path + "acceptance", clerk,
                        "{\"on\":\"" + received + "\",\"department\":\"D1\"}", 200);
                switch (i % 3) {
                    case 0 -> {
                        // The same decision on both instances at once: one wins, the other gets 409.
                        String decision = "{\"on\":\"" + received.plusDays(5) + "\",\"outcome\":\"GRANTED\"}";
                        Future<Integer> a = racers.submit(() -> ServiceClient.exchange(here, "POST", path + "decision", handler, decision).statusCode());
                        Future<Integer> b = racers.submit(() -> ServiceClient.exchange(there, "POST", path + "decision", handler, decision).statusCode());
                        List<Integer> answers = new ArrayList<>(List.of(a.get(), b.get()));
                        answers.sort(null);
                        ServiceClient.check(answers.equals(List.of(200, 409)), "two decisions on case " + id + " answered " + answers);
                        expected.put(id, "GRANTED");
                    }
                    case 1 -> {
                        ServiceClient.send(here, "POST", path + "correction-request", clerk, "{\"on\":\"" + received.plusDays(1)
                                + "\",\"items\":[\"名称\"],\"dueOn\":\"" + received.plusDays(10) + "\"}", 200);
                        expected.put(id, "OTHER_NO_CORRECTION");
                    }
                    default -> {
                        ServiceClient.send(there, "POST", path + "fee-notice", office, "{\"on\":\"" + received.plusDays(1)
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
            while (ServiceClient.count(db, "select count(*) from disclosure_case where agency_code = ? and status <> 'CLOSED'", agency) > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            ServiceClient.check(ServiceClient.count(db, "select count(*) from disclosure_case where agency_code = ?", agency) == CASES,
                    "the agency holds " + ServiceClient.count(db, "select count(*) from disclosure_case where agency_code = ?", agency)
                            + " cases for " + CASES + " acknowledged registrations");
            ServiceClient.check(acknowledged.size() == CASES, acknowledged.size() + " of " + CASES + " registrations acknowledged");
            for (String id : acknowledged.values()) {
                try (PreparedStatement q = db.prepareStatement("""
                        select c.status, c.outcome,
                               (select count(*) from case_event e where e.case_id = c.id
                                 and e.type in ('DECIDED', 'WITHDRAWN', 'CORRECTION_LAPSED', 'FEE_LAPSED')),
                               (select count(*) from act_ru_execution x where x.business_key_ = c.id::text)
                          from disclosure_case c where c.id = ?::uuid
                        """)) {
                    q.setString(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        ServiceClient.check(rs.next(), "acknowledged case " + id + " is missing");
                        ServiceClient.check("CLOSED".equals(rs.getString(1)), "case " + id + " is " + rs.getString(1));
                        ServiceClient.check(expected.get(id).equals(rs.getString(2)),
                                "case " + id + " closed as " + rs.getString(2) + ", not " + expected.get(id));
                        ServiceClient.check(rs.getInt(3) == 1, "case " + id + " was closed " + rs.getInt(3) + " times");
                        ServiceClient.check(rs.getInt(4) == 0, "case " + id + " still has a running process instance");
                    }
                }
            }
            ServiceClient.check(ServiceClient.count(db, "select count(*) from act_ru_job") == 0, "jobs are left over");
        }
        signedInOnOneSignedInOnBoth(instances, agency + "-handler");
        wrongCodesOnOneLockTheReferenceOnTheOther(instances, agency);
        ServiceClient.verdict("two instances, one database: " + CASES + " registrations acknowledged and stored once, "
                + CASES + " cases closed exactly once (" + CASES / 3 + " decided, " + CASES / 3
                + " correction lapses, " + CASES / 3 + " fee lapses), no process instance or job left; "
                + "a web session begun on one instance holds on the other, failed sign-ins on one lock the name on "
                + "the other, and wrong query codes on both lock the reference on both");
    }

    /**
     * An applicant's reference guessed at through both instances: the wrong query codes counted on
     * either add up (the counts live in the shared database), and once they reach the limit
     * ({@code disclosure.applicants.lookups-per-reference}, 5) even the right code is refused on both.
     */
    static void wrongCodesOnOneLockTheReferenceOnTheOther(String[] instances, String agency) throws Exception {
        String anyone = ServiceClient.auth("nobody", "nothing");
        HttpResponse<String> submitted = ServiceClient.exchange(instances[0], "POST", "/api/public/applications",
                anyone,
                "{\"agency\":\"" + agency + "\",\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"张三\","
                        + "\"idNumber\":\"11010519491231002X\",\"phone\":\"13800138000\"},\"description\":\"某信息\"}");
        ServiceClient.check(submitted.statusCode() == 201, "an online submission answered " + submitted.statusCode());
        if (submitted.statusCode() != 201) {
            return;
        }
        String reference = submitted.body().replaceAll(".*\"reference\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String code = submitted.body().replaceAll(".*\"queryCode\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        for (int i = 0; i < 5; i++) {
            int wrong = ServiceClient.exchange(instances[i % 2], "POST", "/api/public/status", anyone,
                    "{\"reference\":\"" + reference + "\",\"queryCode\":\"2222-3333-4444-555" + i + "\"}").statusCode();
            ServiceClient.check(wrong == 404, "a wrong query code on " + instances[i % 2] + " answered " + wrong);
        }
        for (String instance : instances) {
            int right = ServiceClient.exchange(instance, "POST", "/api/public/status", anyone,
                    "{\"reference\":\"" + reference + "\",\"queryCode\":\"" + code + "\"}").statusCode();
            ServiceClient.check(right == 429, "five wrong codes across both instances did not lock the reference on "
                    + instance + ": " + right);
        }
    }

    /**
     * Behind a load balancer consecutive pages reach either instance: the session one instance
     * opens must open the pages of the other (sessions live in the shared database), and the
     * failed sign-ins counted on one must lock the name on the other.
     */
    static void signedInOnOneSignedInOnBoth(String[] instances, String username) throws Exception {
        HttpClient browser = HttpClient.newHttpClient();
        String cookie = ServiceClient.signInToWeb(browser, instances[0], username, PASSWORD);
        ServiceClient.check(cookie != null, "signing in on " + instances[0] + " opened no session");
        if (cookie == null) {
            return;
        }
        for (String instance : instances) {
            HttpResponse<String> queue = browser.send(HttpRequest.newBuilder(URI.create(instance + "/ui/queue"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            ServiceClient.check(queue.statusCode() == 200 && queue.body().contains("办理队列"),
                    "the session begun on " + instances[0] + " does not open " + instance + "/ui/queue: " + queue.statusCode());
        }
        for (int i = 0; i < SIGN_IN_FAILURES; i++) {
            ServiceClient.exchange(instances[0], "GET", "/api/users/me", ServiceClient.auth(username, "wrong-" + i), "");
        }
        // A further guess on the other instance is refused unchecked. (The right password is still let
        // through where it was verified a moment ago: the person at work is not locked out by a guesser.)
        int locked = ServiceClient.exchange(instances[1], "GET", "/api/users/me",
                ServiceClient.auth(username, "wrong-again"), "").statusCode();
        ServiceClient.check(locked == 429, SIGN_IN_FAILURES + " wrong passwords on " + instances[0]
                + " did not lock the name on " + instances[1] + ": " + locked);
    }
}
