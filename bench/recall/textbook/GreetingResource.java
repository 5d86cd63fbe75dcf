// EXPECT: none
package recall;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/greeting")
public class GreetingResource {
    private String name;
    private int calls;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String greet(@QueryParam("name") String name) {
        this.name = name == null ? "world" : name;
        calls++;
        return "Hello, " + this.name + " (" + calls + ")";
    }
}
