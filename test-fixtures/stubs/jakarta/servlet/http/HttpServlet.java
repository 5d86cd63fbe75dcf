package jakarta.servlet.http;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;

/** Stand-in for the servlet API's base class: one instance serves all requests, on many threads. */
public abstract class HttpServlet {
    public void init(ServletConfig config) throws ServletException {
    }

    public void init() throws ServletException {
    }

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
    }

    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
    }
}
