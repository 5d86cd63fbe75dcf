package javax.servlet.http;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;

/** Stand-in for the servlet API's base class: one instance serves all requests, on many threads. */
public abstract class HttpServlet {
    public void init(ServletConfig config) throws ServletException {
    }

    public void init() throws ServletException {
    }

    public void destroy() {
    }

    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
    }

    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
    }
}
