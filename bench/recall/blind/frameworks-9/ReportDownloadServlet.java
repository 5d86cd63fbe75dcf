// EXPECT: none
package probe9c; import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Serves pre-rendered monthly reports and keeps a per-report download tally
 * for the admin dashboard.
 *
 * Mapped at /reports/download. A single instance handles all concurrent GETs
 * from the container's request threads.
 */
public class ReportDownloadServlet extends HttpServlet {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final Map<String, String> reports = Map.of(
            "sales-2024-03", "region,revenue\nnorth,120400\nsouth,98210\n",
            "returns-2024-03", "region,returns\nnorth,311\nsouth,207\n");

    private final ConcurrentMap<String, LongAdder> downloads = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String reportId = req.getParameter("report");
        if (reportId == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "report parameter is required");
            return;
        }
        String body = reports.get(reportId);
        if (body == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "unknown report " + reportId);
            return;
        }

        downloads.computeIfAbsent(reportId, k -> new LongAdder()).increment(); // OK: ConcurrentHashMap.computeIfAbsent is atomic and LongAdder is thread-safe; all request state is in locals

        String generatedAt = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        resp.setContentType("text/csv");
        resp.setHeader("X-Generated-At", generatedAt);
        PrintWriter out = resp.getWriter();
        out.print(body);
        out.flush();
    }

    public long downloadCount(String reportId) {
        LongAdder adder = downloads.get(reportId);
        return adder == null ? 0L : adder.sum();
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> copy = new java.util.TreeMap<>();
        downloads.forEach((id, adder) -> copy.put(id, adder.sum()));
        return copy;
    }
}
