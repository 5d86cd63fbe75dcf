package races.immutableviolation;

import java.time.Instant;
import java.util.List;

/** A record of immutable components whose list component is copied with List.copyOf in the compact constructor and never mutated. */
public record GoodRecordWithCopiedList(String orderId, Instant placedAt, int priority, List<String> lines) {
    public GoodRecordWithCopiedList {
        lines = List.copyOf(lines);
    }

    public boolean isUrgent() {
        return priority > 5 && !lines.isEmpty();
    }
}
