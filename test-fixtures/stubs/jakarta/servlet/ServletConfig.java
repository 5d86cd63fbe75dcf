package jakarta.servlet;

/** Stand-in for the servlet API's configuration. */
public interface ServletConfig {
    String getInitParameter(String name);
}
