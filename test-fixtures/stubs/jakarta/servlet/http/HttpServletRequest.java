package jakarta.servlet.http;

/** Stand-in for the servlet API's request. */
public interface HttpServletRequest {
    String getParameter(String name);
}
