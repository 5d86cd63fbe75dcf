// EXPECT: check-then-act @ line 41
package probe9c; import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Seat holds for the event box office.
 *
 * Singleton controller; Spring MVC invokes the handler methods from all
 * servlet request threads concurrently, so two fans can try to hold the
 * same seat at the same moment.
 */
@RestController
@RequestMapping("/events/{eventId}/seats")
public class SeatReservationController {

    public record Hold(String seatKey, String customerId, Instant heldAt) { }

    public record HoldResponse(int status, String message, Hold hold) { }

    private final ConcurrentMap<String, Hold> holds = new ConcurrentHashMap<>();

    @PostMapping("/{seat}/hold")
    public HoldResponse hold(@PathVariable("eventId") String eventId,
                             @PathVariable("seat") String seat,
                             @RequestParam("customer") String customerId) {
        String key = eventId + ":" + seat;
        if (holds.containsKey(key)) {
            Hold existing = holds.get(key);
            return new HoldResponse(409, "seat already held", existing);
        }
        Hold hold = new Hold(key, customerId, Instant.now());
        holds.put(key, hold); // BUG: check-then-act on ConcurrentHashMap; two requests can both pass containsKey and both get a 201 for the same seat
        return new HoldResponse(201, "held", hold);
    }

    @PostMapping("/{seat}/release")
    public HoldResponse release(@PathVariable("eventId") String eventId,
                                @PathVariable("seat") String seat,
                                @RequestParam("customer") String customerId) {
        String key = eventId + ":" + seat;
        Hold current = holds.get(key);
        if (current != null && current.customerId().equals(customerId) && holds.remove(key, current)) {
            return new HoldResponse(200, "released", current);
        }
        return new HoldResponse(404, "no hold for customer", null);
    }

    @GetMapping
    public Map<String, Hold> list(@PathVariable("eventId") String eventId) {
        Map<String, Hold> result = new java.util.TreeMap<>();
        holds.forEach((k, v) -> {
            if (k.startsWith(eventId + ":")) {
                result.put(k, v);
            }
        });
        return result;
    }
}
