package races.sharedsingletonstate;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** A servlet that keeps all per-request data in locals (each request thread owns its own) and only a final constant in a field. */
public class GoodRequestStateInLocals extends HttpServlet {
    private final int maxNameLength = 64;

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
        String name = req.getParameter("name");
        StringBuilder problems = new StringBuilder();
        if (name == null || name.isEmpty()) {
            problems.append("missing name;");
        } else if (name.length() > maxNameLength) {
            problems.append("name too long;");
        }
        resp.setStatus(problems.length() == 0 ? 201 : 400);
    }
}
