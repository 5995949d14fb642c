import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the annual table and the web pages scale with an agency's cases. For each size the agency
 * is filled (by SQL, registering a million cases over HTTP would take hours) with six years of
 * cases, one in ten still open with the department, and these are timed on the same rows in the
 * same run:
 * <ul>
 * <li>{@code GET /api/statistics/2024} of the running service: the whole table with its checks, as
 * read again while the year is unchanged (its counts kept), and counted again after each of a
 * change's marks (V17's {@code statistics_changed}, made before the request and not timed);</li>
 * <li>the floor: one bare {@code count(*)} over the rows a year's table must read;</li>
 * <li>the cost of any authenticated request: {@code GET /api/users/me};</li>
 * <li>the web application's pages for the office and the handler, signed in with the login form,
 * against its home page (sign-in cookie and layout, nothing else).</li>
 * </ul>
 * Run by {@code bench/run}; arguments: service URL, admin password, JDBC URL, sizes.
 */
public class StatisticsBench {

    static final int ROUNDS = 15;
    static final String AGENCY = "BENCH";

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + args[1]).getBytes(StandardCharsets.UTF_8));
        String jdbcUrl = args[2];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        post(http, service + "/api/agencies", auth, "{\"code\":\"" + AGENCY + "\",\"name\":\"基准测试机关\"}");
        post(http, service + "/api/agencies/" + AGENCY + "/departments", auth, "{\"code\":\"D1\",\"name\":\"科室\"}");
        for (String role : List.of("office", "handler")) {
            post(http, service + "/api/users", auth, "{\"username\":\"stats-" + role + "\",\"password\":\"" + WEB_PASSWORD
                    + "\",\"roles\":[\"" + role + "\"],\"agency\":\"" + AGENCY + "\"" + (role.equals("handler")
                            ? ",\"department\":\"D1\"" : "") + "}");
        }
        String office = signIn(http, service, "stats-office");
        String handler = signIn(http, service, "stats-handler");
        List<String> pageRows = new ArrayList<>();

        System.out.printf("%-9s %12s %12s %15s %15s %12s %12s %17s %9s%n", "cases", "table p50", "table p95",
                "recounted p50", "recounted p95", "request p50", "floor p50", "recounted-request", "÷ floor");
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            int loaded = 0;
            for (int i = 3; i < args.length; i++) {
                int size = Integer.parseInt(args[i]);
                fill(db, loaded, size);
                loaded = size;
                String url = service + "/api/statistics/2024?agency=" + AGENCY;
                List<Double> table = time(() -> get(http, url, auth));
                List<Double> recounted = time(() -> markChanged(db), () -> get(http, url, auth));
                List<Double> request = time(() -> get(http, service + "/api/users/me", auth));
                List<Double> floor = time(() -> floor(db));
                double own = percentile(recounted, 50) - percentile(request, 50);
                System.out.printf("%-9d %9.1f ms %9.1f ms %12.1f ms %12.1f ms %9.1f ms %9.1f ms %14.1f ms %9.2f%n",
                        size, percentile(table, 50), percentile(table, 95), percentile(recounted, 50),
                        percentile(recounted, 95), percentile(request, 50), percentile(floor, 50), own,
                        own / percentile(floor, 50));
                double home = percentile(time(() -> page(http, service + "/ui", office)), 50);
                StringBuilder row = new StringBuilder(String.format("%-9d %9.1f ms", size, home));
                List<Double> recountedPage = time(() -> markChanged(db),
                        () -> page(http, service + "/ui/statistics?year=2024", office));
                row.append(String.format(" %9.1f ms %9.1f ms", percentile(recountedPage, 50),
                        percentile(recountedPage, 95)));
                for (String[] page : List.of(new String[] { "/ui/statistics?year=2024", office },
                        new String[] { "/ui/statistics/2024/cases?row=GRANTED&column=TOTAL", office },
                        new String[] { "/ui/applications", office }, new String[] { "/ui/queue", handler })) {
                    List<Double> times = time(() -> page(http, service + page[0], page[1]));
                    row.append(String.format(" %9.1f ms %9.1f ms %5.1f", percentile(times, 50), percentile(times, 95),
                            percentile(times, 50) / home));
                }
                pageRows.add(row.toString());
            }
        }
        System.out.println();
        System.out.println("Web pages, signed in with the login form (p50, p95, p50 ÷ home page):");
        System.out.printf("%-9s %12s %25s %33s %33s %33s %33s%n", "cases", "home p50", "年度统计 recounted p50, p95",
                "年度统计 /ui/statistics",
                "a figure's cases (予以公开, 总计)", "申请列表 /ui/applications", "办理队列 /ui/queue");
        pageRows.forEach(System.out::println);
    }

    static final String WEB_PASSWORD = "bench-password";

    /** Signs in with the web application's form, as a browser does (the login page first); returns the session cookie. */
    static String signIn(HttpClient http, String service, String username) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(service + "/ui/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"login-token\" value=\"([^\"]+)\"")
                .matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("the login page has no token: " + page.statusCode());
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(service + "/ui/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "disclosure-login=" + token.group(1))
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + WEB_PASSWORD
                        + "&login-token=" + token.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("disclosure-session="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst()
                .orElseThrow(() -> new IllegalStateException(username + " could not sign in: " + response.statusCode()));
    }

    static void page(HttpClient http, String url, String cookie) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }

    /**
     * Adds cases {@code from}…{@code to}: received evenly over 2020–2025, applicant types and
     * outcomes spread over every column and row, nine in ten answered within 60 days.
     */
    static void fill(Connection db, int from, int to) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("""
                    insert into disclosure_case (id, version, agency_code, tracking_number, applicant_type,
                        applicant_name, channel, received_on, description, status, clock, extended,
                        correction_requested, corrected, outcome, closed_on, last_event_on, created_at, created_by,
                        department_id, response_due_on)
                    select gen_random_uuid(), 0, '%1$s', '%1$s-' || n,
                           (array['NATURAL_PERSON','NATURAL_PERSON','NATURAL_PERSON','COMMERCIAL_ENTERPRISE',
                                  'RESEARCH_INSTITUTION','SOCIAL_WELFARE_ORGANIZATION','LEGAL_SERVICE_INSTITUTION',
                                  'OTHER_ORGANIZATION'])[1 + n %% 8],
                           '申请人', 'ONLINE', received, '某信息',
                           case when open then 'IN_PROGRESS' else 'CLOSED' end,
                           case when open then 'RUNNING' else 'STOPPED' end, false, false, false,
                           case when open then null else (array['GRANTED','PARTIALLY_GRANTED',
                                'WITHHELD_STATE_SECRET','WITHHELD_PROHIBITED_BY_LAW','WITHHELD_SECURITY_STABILITY',
                                'WITHHELD_THIRD_PARTY_RIGHTS','WITHHELD_INTERNAL_AFFAIRS','WITHHELD_PROCESS_INFORMATION',
                                'WITHHELD_ENFORCEMENT_FILE','WITHHELD_QUERY_MATTER','UNAVAILABLE_NOT_HELD',
                                'UNAVAILABLE_NEEDS_CREATION','UNAVAILABLE_STILL_UNCLEAR','NOT_PROCESSED_PETITION',
                                'NOT_PROCESSED_REPEAT','NOT_PROCESSED_PUBLICATION','NOT_PROCESSED_EXCESSIVE',
                                'NOT_PROCESSED_CONFIRMATION','OTHER_NO_CORRECTION','OTHER_FEE_UNPAID','OTHER'])[1 + n %% 21]
                           end,
                           case when open then null else received + (n %% 61) end,
                           received, now(), 'bench',
                           (select id from department where agency_code = '%1$s' and code = 'D1'),
                           case when open then received + 28 end
                      from (select n, date '2020-01-01' + (n::bigint * 7919 %% 2192)::int as received, n %% 10 = 0 as open
                              from generate_series(%2$d, %3$d) as n) as g
                    """.formatted(AGENCY, from + 1, to));
            s.execute("vacuum analyze disclosure_case");
        }
    }

    /**
     * The least any table must do: a bare count of the rows it reads, over the same three index
     * ranges as the service's query (StatisticsQueries), without placing them in cells.
     */
    static void floor(Connection db) throws Exception {
        try (PreparedStatement p = db.prepareStatement("""
                with s as (select date '2024-01-01' as first_day, date '2024-12-31' as last_day)
                select count(*) from (
                    select c.id from disclosure_case c, s
                     where c.agency_code = ? and c.received_on between s.first_day and s.last_day
                    union all
                    select c.id from disclosure_case c, s
                     where c.agency_code = ? and c.closed_on >= s.first_day and c.received_on < s.first_day
                       and extract(year from c.received_on) < extract(year from c.closed_on)
                    union all
                    select c.id from disclosure_case c, s
                     where c.agency_code = ? and c.closed_on is null and c.received_on < s.first_day) counted
                """)) {
            for (int i = 1; i <= 3; i++) {
                p.setString(i, AGENCY);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
            }
        }
    }

    interface Action {
        void run() throws Exception;
    }

    /** Gives the agency's 2024 a new version, as a change to one of its cases does: its counts are no longer kept. */
    static void markChanged(Connection db) throws SQLException {
        try (PreparedStatement mark = db.prepareStatement(
                "select statistics_changed(?, date '2024-01-01', date '2024-12-31')")) {
            mark.setString(1, AGENCY);
            mark.execute();
        }
    }

    /** Milliseconds of each of {@link #ROUNDS} runs, after three to warm up. */
    static List<Double> time(Action action) throws Exception {
        return time(() -> { }, action);
    }

    /** As {@link #time(Action)}, with {@code before} run, and not timed, before each. */
    static List<Double> time(Action before, Action action) throws Exception {
        for (int i = 0; i < 3; i++) {
            before.run();
            action.run();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            before.run();
            long start = System.nanoTime();
            action.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return times;
    }

    static double percentile(List<Double> times, int p) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void get(HttpClient http, String url, String auth) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static void post(HttpClient http, String url, String auth, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
