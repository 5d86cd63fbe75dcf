package races.sharedsingletonstate;

import javax.inject.Singleton;
import javax.ws.rs.GET;
import javax.ws.rs.Path;

/** A JAX-RS resource marked a singleton (one instance for all requests) that remembers the last search term in a field shared by all requests. */
@Path("/search")
@Singleton
public class BadJaxRsResourceLastQuery {
    private String lastQuery = "";

    @GET
    public String search(String q) {
        lastQuery = q.trim(); // expect: SharedSingletonState
        return "results for " + lastQuery;
    }
}
