package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which classes are container singletons, one instance serving every request: the servlet API's types
 * are known from the knowledge base, so they are recognized without the servlet API's sources, however
 * the class names them.
 */
class SingletonEvidenceTest {

    private static boolean singleton(String name, String... sources) {
        Analyzed a = Analyzed.of(sources);
        return a.summaries().evidence(a.type(name)).singleton();
    }

    @Test
    void servletNamedThroughAWildcardImport_isASingleton() {
        assertTrue(singleton("Hits", """
                import javax.servlet.http.*;
                class Hits extends HttpServlet {
                    private int hits;
                    protected void doGet(HttpServletRequest req, HttpServletResponse resp) { hits++; }
                }
                """));
    }

    @Test
    void jakartaServletNamedThroughASingleImport_isASingleton() {
        assertTrue(singleton("Hits", """
                import jakarta.servlet.http.HttpServlet;
                class Hits extends HttpServlet { }
                """));
    }

    @Test
    void subclassOfAProgramServlet_isASingleton() {
        assertTrue(singleton("Page", """
                import javax.servlet.*;
                abstract class Base extends GenericServlet { }
                """, "class Page extends Base { }"));
    }

    @Test
    void filterImplementation_isASingleton() {
        assertTrue(singleton("Audit", """
                import jakarta.servlet.*;
                class Audit implements Filter { }
                """));
    }

    @Test
    void programClassThatOnlySharesTheServletsSimpleName_isNot() {
        assertFalse(singleton("Page", """
                class HttpServlet { }
                """, "class Page extends HttpServlet { }"));
    }
}
