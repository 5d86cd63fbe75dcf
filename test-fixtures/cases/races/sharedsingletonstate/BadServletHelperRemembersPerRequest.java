package races.sharedsingletonstate;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The look-alike: the package-private helper that writes the field is called while handling a request,
 * so every request thread writes the one servlet's field.
 */
public class BadServletHelperRemembersPerRequest extends HttpServlet {
    private String lastPath;

    void remember(String path) {
        lastPath = path;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
        remember(req.getParameter("path")); // expect: SharedSingletonState['`lastPath` is written while handling a request']
        resp.setStatus(lastPath == null ? 400 : 200);
    }
}
