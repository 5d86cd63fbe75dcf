// EXPECT: jaxrs-singleton-field-race @ line 56
package probe9c; import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public shipment tracking endpoint.
 *
 * Annotated {@code @Singleton}: Jersey creates exactly one instance and
 * invokes {@link #track} from all of its request threads concurrently.
 */
@Path("/shipments")
@Singleton
public class ShipmentTrackingResource {

    record Scan(String facility, long epochMillis, String status) { }

    private final Map<String, List<Scan>> scansByTracking = new ConcurrentHashMap<>();

    private final SimpleDateFormat timestampFormat;

    public ShipmentTrackingResource() {
        timestampFormat = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
        timestampFormat.setTimeZone(TimeZone.getTimeZone("UTC"));
        long now = System.currentTimeMillis();
        scansByTracking.put("1Z999AA10123456784", List.of(
                new Scan("LEJ", now - 86_400_000L, "DEPARTED"),
                new Scan("CGN", now - 43_200_000L, "ARRIVED"),
                new Scan("CGN", now - 3_600_000L, "OUT_FOR_DELIVERY")));
    }

    @GET
    @Path("/{tracking}")
    @Produces("application/json")
    public String track(@PathParam("tracking") String tracking) {
        List<Scan> scans = scansByTracking.get(tracking);
        if (scans == null) {
            return "{\"tracking\":\"" + tracking + "\",\"events\":[]}";
        }
        StringBuilder json = new StringBuilder();
        json.append("{\"tracking\":\"").append(tracking).append("\",\"events\":[");
        for (int i = 0; i < scans.size(); i++) {
            Scan scan = scans.get(i);
            if (i > 0) {
                json.append(',');
            }
            String when = timestampFormat.format(new Date(scan.epochMillis())); // BUG: SimpleDateFormat is not thread-safe and this instance is shared by all requests of the @Singleton resource
            json.append("{\"at\":\"").append(when)
                .append("\",\"facility\":\"").append(scan.facility())
                .append("\",\"status\":\"").append(scan.status()).append("\"}");
        }
        return json.append("]}").toString();
    }

    public void recordScan(String tracking, Scan scan) {
        scansByTracking.merge(tracking, List.of(scan), (a, b) -> {
            List<Scan> merged = new java.util.ArrayList<>(a);
            merged.addAll(b);
            return List.copyOf(merged);
        });
    }
}
