// EXPECT: thread-safety-of-servlet-field @ line 20
package recall;

import java.io.IOException;
import javax.servlet.ServletException;
import javax.servlet.annotation.WebServlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

@WebServlet("/hits")
public class HitCounterServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private int hits;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        hits++;
        resp.setContentType("text/plain");
        resp.getWriter().println("You are visitor #" + hits);
    }
}
