import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Importing an office's ledger through HTTP (POST /api/imports): a CSV of closed cases, checked
 * (dry run), imported, and imported again (every row unchanged), with the service's resident
 * memory before and after each size. Run by {@code bench/run}; arguments: service URL, admin
 * password, service PID, then the ledger sizes in rows.
 */
public class LedgerBench {

    static final String HEADERS = "登记编号,申请人类型,申请人姓名或名称,申请方式,收到申请日期,所需信息内容描述,承办部门,受理日期,办结日期,办理结果";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = CaseBench.auth("admin", args[1]);
        long pid = Long.parseLong(args[2]);
        CaseBench.call(base, "POST", "/api/agencies", admin, "{\"code\":\"LEDGERBENCH\",\"name\":\"台账基准机关\"}", 201);
        CaseBench.call(base, "POST", "/api/agencies/LEDGERBENCH/departments", admin,
                "{\"code\":\"D1\",\"name\":\"科室\"}", 201);
        CaseBench.call(base, "POST", "/api/users", admin, "{\"username\":\"bench-office\","
                + "\"password\":\"bench-password\",\"roles\":[\"office\"],\"agency\":\"LEDGERBENCH\"}", 201);
        String office = CaseBench.auth("bench-office", "bench-password");
        System.out.printf("%-8s %12s %12s %14s %12s %10s %10s%n", "rows", "check", "import", "rows/s imported",
                "again", "RSS before", "RSS after");
        for (int a = 3; a < args.length; a++) {
            int rows = Integer.parseInt(args[a]);
            byte[] ledger = ledger("LB" + rows, rows);
            long before = CaseBench.rss(pid);
            double check = timed(base, office, ledger, true, rows, 0);
            double imported = timed(base, office, ledger, false, rows, rows);
            double again = timed(base, office, ledger, false, rows, 0);
            System.out.printf("%-8d %10.1f s %10.1f s %14.0f %10.1f s %7d MB %7d MB%n", rows, check, imported,
                    rows / imported, again, before / 1024, CaseBench.rss(pid) / 1024);
        }
    }

    /** Closed cases of 2025, each received, accepted the same day and granted ten days later. */
    static byte[] ledger(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADERS).append("\r\n");
        LocalDate first = LocalDate.of(2025, 1, 2);
        for (int i = 0; i < rows; i++) {
            LocalDate received = first.plusDays(i % 300);
            csv.append(prefix).append('-').append(i).append(",自然人,申请人").append(i).append(",当面,").append(received)
                    .append(",某信息,D1,").append(received).append(',').append(received.plusDays(10))
                    .append(",予以公开\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Seconds one import takes; fails unless it created {@code created} of {@code rows}. */
    static double timed(String base, String auth, byte[] ledger, boolean dryRun, int rows, int created)
            throws Exception {
        String boundary = UUID.randomUUID().toString();
        List<byte[]> parts = new ArrayList<>();
        parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ledger.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        parts.add(ledger);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/imports?dryRun=" + dryRun))
                .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(java.time.Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = CaseBench.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        String body = response.body();
        if (response.statusCode() != 200 || !body.contains("\"rows\":" + rows)
                || !body.contains("\"created\":" + (dryRun ? rows : created)) || !body.contains("\"errors\":[]")) {
            throw new IllegalStateException("The import answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(500, body.length())));
        }
        return seconds;
    }
}
