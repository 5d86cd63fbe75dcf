package races.sharedsingletonstate;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A @RestController that keeps per-request data in a field between two steps: another request can overwrite it in between. */
@RestController
public class BadControllerCurrentOrder {
    private String currentOrderId;

    @PostMapping("/orders")
    public String place(String orderId, int quantity) {
        currentOrderId = orderId; // expect: SharedSingletonState
        if (quantity <= 0) {
            return "rejected " + currentOrderId;
        }
        return "accepted " + currentOrderId;
    }
}
