// EXPECT: servlet-field-race @ line 40
package probe9c; import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams a customer's open invoices as CSV.
 *
 * Mapped at /billing/invoices.csv. The container creates one instance of this
 * servlet and dispatches every concurrent GET to it from its worker pool.
 */
public class InvoiceExportServlet extends HttpServlet {

    record Invoice(String number, LocalDate issued, LocalDate due, BigDecimal amount, String currency) { }

    private final Map<String, List<Invoice>> openInvoices = new ConcurrentHashMap<>();

    private String customerId;

    @Override
    public void init() throws ServletException {
        openInvoices.put("C-1001", List.of(
                new Invoice("INV-7781", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), new BigDecimal("1290.00"), "EUR"),
                new Invoice("INV-7802", LocalDate.of(2024, 3, 9), LocalDate.of(2024, 4, 8), new BigDecimal("310.50"), "EUR")));
        openInvoices.put("C-2044", List.of(
                new Invoice("INV-7790", LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 3), new BigDecimal("88.00"), "USD")));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        customerId = req.getParameter("customer"); // BUG: per-request customer id stored in a field of the shared servlet instance; concurrent requests overwrite it
        if (customerId == null || customerId.isBlank()) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "customer parameter is required");
            return;
        }
        resp.setContentType("text/csv");
        resp.setHeader("Content-Disposition", "attachment; filename=\"invoices-" + customerId + ".csv\"");

        PrintWriter out = resp.getWriter();
        writeHeader(out);
        for (Invoice invoice : loadInvoices()) {
            writeRow(out, invoice);
        }
        out.flush();
    }

    private List<Invoice> loadInvoices() {
        return openInvoices.getOrDefault(customerId, List.of());
    }

    private void writeHeader(PrintWriter out) {
        out.println("customer,invoice,issued,due,amount,currency");
    }

    private void writeRow(PrintWriter out, Invoice invoice) {
        out.print(customerId);
        out.print(',');
        out.print(invoice.number());
        out.print(',');
        out.print(invoice.issued());
        out.print(',');
        out.print(invoice.due());
        out.print(',');
        out.print(invoice.amount().toPlainString());
        out.print(',');
        out.println(invoice.currency());
    }
}
