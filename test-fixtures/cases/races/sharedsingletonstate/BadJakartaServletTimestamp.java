package races.sharedsingletonstate;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A Jakarta servlet writing a last-upload timestamp in a plain long field from concurrent POST requests. */
public class BadJakartaServletTimestamp extends HttpServlet {
    private long lastUploadMillis;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
        lastUploadMillis = System.currentTimeMillis(); // expect: SharedSingletonState
        resp.setStatus(202);
    }

    public long lastUploadMillis() {
        return lastUploadMillis;
    }
}
