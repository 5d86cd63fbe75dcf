package javax.servlet.http;

/** Stand-in for the servlet API's response. */
public interface HttpServletResponse {
    void setStatus(int status);
}
