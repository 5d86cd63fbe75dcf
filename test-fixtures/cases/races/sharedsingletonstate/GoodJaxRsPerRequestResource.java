package races.sharedsingletonstate;

import javax.ws.rs.GET;
import javax.ws.rs.Path;

/**
 * A JAX-RS resource without a singleton scope: the runtime makes a new instance for every request, so
 * its fields belong to that request alone.
 */
@Path("/orders")
public class GoodJaxRsPerRequestResource {
    private String lastQuery = "";
    private int served;

    @GET
    public String search(String q) {
        lastQuery = q.trim();
        served++;
        return served + " results for " + lastQuery;
    }
}
