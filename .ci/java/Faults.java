import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Registrations keep coming from several clients, each with its own Idempotency-Key, while
 * (1) the service is killed with kill -9 and started again, and (2) PostgreSQL restarts under it.
 * A client that got no answer retries with the same key, as a real client would. Then:
 * every registration answered 201 exists, once, with its process instance; no case and no
 * process instance is left without the other; during the database restart the service answered
 * 503 problem+json (never a 500) and it recovered without being restarted.
 * Arguments: service URL, admin password, JDBC URL, kill command, start command, database restart command.
 */
public class Faults {

    static final Map<String, String> ACKNOWLEDGED = new ConcurrentHashMap<>();
    static final Set<String> UNANSWERED = ConcurrentHashMap.newKeySet();
    static final Map<String, Integer> OUTAGE_ANSWERS = new ConcurrentHashMap<>();
    static final AtomicBoolean DATABASE_RESTARTING = new AtomicBoolean();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String agency = "F" + System.currentTimeMillis() % 100000;
        String admin = ServiceClient.auth("admin", args[1]);
        ServiceClient.send(base, "POST", "/api/agencies", admin, "{\"code\":\"" + agency + "\",\"name\":\"故障测试机关\"}", 201);
        ServiceClient.send(base, "POST", "/api/users", admin, "{\"username\":\"" + agency + "-clerk\",\"password\":\"faults-password\","
                + "\"roles\":[\"clerk\"],\"agency\":\"" + agency + "\"}", 201);
        String clerk = ServiceClient.auth(agency + "-clerk", "faults-password");

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int c = 0; c < 6; c++) {
            int client = c;
            clients.submit(() -> {
                for (int n = 0; running.get(); n++) {
                    register(base, clerk, agency, agency + "-" + client + "-" + n);
                }
                return null;
            });
        }

        waitFor(() -> ACKNOWLEDGED.size() >= 100, 120, "100 registrations before the kill");
        run(args[3]);
        int beforeKill = ACKNOWLEDGED.size();
        System.out.println("killed the service after " + beforeKill + " acknowledged registrations");
        Thread.sleep(1000);
        run(args[4]);
        waitFor(() -> ACKNOWLEDGED.size() >= beforeKill + 100, 180, "registrations after the restart");
        System.out.println("restarted; " + ACKNOWLEDGED.size() + " acknowledged");

        DATABASE_RESTARTING.set(true);
        run(args[5]);
        DATABASE_RESTARTING.set(false);
        int afterDatabase = ACKNOWLEDGED.size();
        waitFor(() -> ACKNOWLEDGED.size() >= afterDatabase + 100, 120,
                "registrations after PostgreSQL restarted, without restarting the service");
        System.out.println("PostgreSQL restarted under load; answers meanwhile: " + OUTAGE_ANSWERS);
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);

        // Clients retry what got no answer, with the same key: a stored case is answered, not repeated.
        int retried = UNANSWERED.size();
        for (String key : Set.copyOf(UNANSWERED)) {
            register(base, clerk, agency, key);
            ServiceClient.check(ACKNOWLEDGED.containsKey(key), "the retry of " + key + " got no 201");
        }
        ServiceClient.check(OUTAGE_ANSWERS.keySet().stream().allMatch(a -> a.startsWith("503 ") || a.equals("no connection")),
                "while PostgreSQL restarted the service answered " + OUTAGE_ANSWERS);

        try (Connection db = DriverManager.getConnection(args[2])) {
            for (Map.Entry<String, String> ack : ACKNOWLEDGED.entrySet()) {
                try (PreparedStatement q = db.prepareStatement("""
                        select c.id::text, c.process_instance_id,
                               (select count(*) from act_ru_execution x where x.business_key_ = c.id::text
                                   and x.id_ = x.proc_inst_id_)
                          from idempotency_key k join disclosure_case c on c.id = k.case_id
                         where k.key = ?
                        """)) {
                    q.setString(1, ack.getKey());
                    try (ResultSet rs = q.executeQuery()) {
                        ServiceClient.check(rs.next(), "registration " + ack.getKey() + " was answered 201 but is not stored");
                        ServiceClient.check(ack.getValue().equals(rs.getString(1)), "registration " + ack.getKey()
                                + " was answered with " + ack.getValue() + " but stored as " + rs.getString(1));
                        ServiceClient.check(rs.getInt(3) == 1 && rs.getString(2) != null,
                                "case " + ack.getValue() + " has " + rs.getInt(3) + " process instances");
                    }
                }
            }
            long cases = ServiceClient.count(db, "select count(*) from disclosure_case where agency_code = '" + agency + "'");
            ServiceClient.check(cases == ACKNOWLEDGED.size(), cases + " cases stored for " + ACKNOWLEDGED.size()
                    + " registrations acknowledged");
            ServiceClient.check(ServiceClient.count(db, """
                    select count(*) from act_ru_execution x where x.id_ = x.proc_inst_id_
                       and not exists (select 1 from disclosure_case c where c.id::text = x.business_key_)
                    """) == 0, "process instances without a case");
        }
        ServiceClient.verdict("faults: " + ACKNOWLEDGED.size() + " registrations acknowledged across a kill -9 and a "
                + "PostgreSQL restart, each stored once with its process instance; " + retried
                + " unanswered and retried with their keys; the service recovered by itself");
    }

    static void register(String base, String clerk, String agency, String key) {
        String body = "{\"agency\":\"" + agency + "\",\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"申请人\"},"
                + "\"channel\":\"ONLINE\",\"description\":\"某信息\"}";
        boolean outage = DATABASE_RESTARTING.get();
        try {
            HttpResponse<String> response = ServiceClient.exchange(base, "POST", "/api/applications", clerk, body, "Idempotency-Key", key);
            if (response.statusCode() == 201) {
                ACKNOWLEDGED.put(key, ServiceClient.id(response.body()));
                UNANSWERED.remove(key);
                return;
            }
            UNANSWERED.add(key);
            String answer = response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("");
            if (outage || response.statusCode() >= 500) {
                OUTAGE_ANSWERS.merge(answer, 1, Integer::sum);
            }
        } catch (Exception unreachable) {
            UNANSWERED.add(key);
            if (outage) {
                OUTAGE_ANSWERS.merge("no connection", 1, Integer::sum);
            }
            sleep(100);
        }
    }

    interface Condition {
        boolean holds();
    }

    static void waitFor(Condition condition, int seconds, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                System.out.println("✗ timed out waiting for " + what);
                System.exit(1);
            }
            sleep(100);
        }
    }

    static void run(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed");
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
