package races.sharedsingletonstate;

import java.util.HashSet;
import java.util.Set;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A servlet whose allowed methods are parsed by a package-private helper that only init() calls, and
 * cleared in destroy(): the container calls init before it routes requests here and destroy after the
 * last one ended, and never calls a package-private method itself.
 */
public class GoodServletConfigParsedByInitHelperClearedInDestroy extends HttpServlet {
    private Set<String> allowed = new HashSet<>();

    @Override
    public void init(ServletConfig config) throws ServletException {
        String configured = config.getInitParameter("allowed");
        parseAllowed(configured == null ? "GET,HEAD" : configured);
    }

    void parseAllowed(String list) {
        allowed = new HashSet<>();
        for (String m : list.split(",")) {
            allowed.add(m.trim());
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
        resp.setStatus(allowed.contains(req.getParameter("method")) ? 200 : 405);
    }

    @Override
    public void destroy() {
        allowed.clear();
    }
}
