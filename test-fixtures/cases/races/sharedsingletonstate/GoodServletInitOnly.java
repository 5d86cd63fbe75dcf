package races.sharedsingletonstate;

import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** A servlet whose field is set once in init(), before the container routes requests to it, and only read while handling them. */
public class GoodServletInitOnly extends HttpServlet {
    private String greeting = "Hello";

    @Override
    public void init(ServletConfig config) throws ServletException {
        String configured = config.getInitParameter("greeting");
        if (configured != null) {
            greeting = configured;
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
        String user = req.getParameter("user");
        resp.setStatus(user == null ? 400 : 200);
        if (user != null && greeting.length() + user.length() > 200) {
            resp.setStatus(414);
        }
    }
}
