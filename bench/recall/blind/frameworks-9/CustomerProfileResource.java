// EXPECT: none
package probe9c; import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Customer profile lookup for the support console.
 *
 * Default JAX-RS lifecycle (no {@code @Singleton}): Jersey instantiates a new
 * resource object for each request, so the instance fields below are
 * confined to the request thread that created them.
 */
@Path("/customers")
public class CustomerProfileResource {

    record Profile(String id, String name, String email, long createdAt, long lastLoginAt) { }

    private static final Map<String, Profile> PROFILES = Map.of(
            "C-1001", new Profile("C-1001", "Ada Byron", "ada@example.org", 1_577_836_800_000L, 1_711_000_000_000L),
            "C-2044", new Profile("C-2044", "Alan Turing", "alan@example.org", 1_609_459_200_000L, 1_710_500_000_000L));

    private final SimpleDateFormat dateFormat = new SimpleDateFormat("dd MMM yyyy HH:mm", Locale.UK);

    private String requestedBy;

    @GET
    @Path("/{id}")
    @Produces("application/json")
    public String profile(@PathParam("id") String id, @QueryParam("agent") String agent) {
        requestedBy = agent == null ? "anonymous" : agent;
        dateFormat.setTimeZone(TimeZone.getTimeZone("Europe/London"));
        Profile p = PROFILES.get(id);
        if (p == null) {
            return "{\"error\":\"not found\",\"id\":\"" + id + "\"}";
        }
        return render(p);
    }

    private String render(Profile p) {
        String created = dateFormat.format(new Date(p.createdAt())); // OK: resource has no @Singleton, so each request gets its own instance and its own SimpleDateFormat
        String lastLogin = dateFormat.format(new Date(p.lastLoginAt()));
        return "{\"id\":\"" + p.id() + "\""
                + ",\"name\":\"" + p.name() + "\""
                + ",\"email\":\"" + p.email() + "\""
                + ",\"created\":\"" + created + "\""
                + ",\"lastLogin\":\"" + lastLogin + "\""
                + ",\"viewedBy\":\"" + requestedBy + "\"}";
    }
}
