// EXPECT: none
package probe9c; import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Single-use coupon redemption.
 *
 * Singleton controller; Spring MVC invokes the handler methods from all
 * servlet request threads concurrently, so the same code can be submitted
 * twice at once (double clicks, shared codes).
 */
@RestController
@RequestMapping("/coupons")
public class CouponRedemptionController {

    public record Redemption(String code, String customerId, Instant redeemedAt) { }

    public record RedemptionResponse(int status, String message, Redemption redemption) { }

    private final Set<String> issuedCodes = Set.of("SPRING-24-AX1", "SPRING-24-BQ7", "WELCOME-10-ZZ3");

    private final ConcurrentMap<String, Redemption> redeemed = new ConcurrentHashMap<>();

    @PostMapping("/{code}/redeem")
    public RedemptionResponse redeem(@PathVariable("code") String code,
                                     @RequestParam("customer") String customerId) {
        if (!issuedCodes.contains(code)) {
            return new RedemptionResponse(404, "unknown coupon", null);
        }
        Redemption attempt = new Redemption(code, customerId, Instant.now());
        Redemption previous = redeemed.putIfAbsent(code, attempt); // OK: putIfAbsent checks and inserts atomically, so exactly one request wins the code
        if (previous != null) {
            return new RedemptionResponse(409, "coupon already redeemed", previous);
        }
        return new RedemptionResponse(201, "redeemed", attempt);
    }

    @GetMapping("/{code}")
    public RedemptionResponse status(@PathVariable("code") String code) {
        if (!redeemed.containsKey(code)) {
            return new RedemptionResponse(200, issuedCodes.contains(code) ? "available" : "unknown", null);
        }
        return new RedemptionResponse(200, "redeemed", redeemed.get(code));
    }
}
