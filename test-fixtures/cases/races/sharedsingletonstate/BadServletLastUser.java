package races.sharedsingletonstate;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** One servlet instance serves every request: storing the caller in a field lets concurrent requests see each other's user. */
public class BadServletLastUser extends HttpServlet {
    private String user;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException {
        user = req.getParameter("user"); // expect: SharedSingletonState['`user` is written while handling a request, but `BadServletLastUser` is a singleton']
        if (user == null || user.isEmpty()) {
            resp.setStatus(401);
            return;
        }
        resp.setStatus(200);
    }
}
