package dev.fearless.bench.review;

import dev.fearless.rule.Family;
import java.util.Locale;
import java.util.Set;

/**
 * The families a review samples and reports on (REVIEWS.md): races and atomicity (with the send/sync
 * rules that are races in disguise), deadlocks and liveness, and misuse and publication. Every
 * lock-order cycle is judged, so {@code LockOrderInversion} findings are also drawn in full.
 */
enum ReviewGroup {
    RACES, DEADLOCK, MISUSE;

    /** Send/sync rules that report a data race on a shared object rather than a liveness problem. */
    private static final Set<String> RACE_LIKE = Set.of("NonSendCapture", "UseAfterSend", "ParallelStreamSideEffect",
            "ReadLockWrite");

    static final String CYCLE_RULE = "LockOrderInversion";

    static ReviewGroup of(String ruleId, Family family) {
        return switch (family) {
            case RACES, ATOMICITY -> RACES;
            case DEADLOCK -> DEADLOCK;
            case MISUSE, PUBLICATION -> MISUSE;
            case SENDSYNC -> RACE_LIKE.contains(ruleId) ? RACES : DEADLOCK;
            // virtual-thread pinning is liveness; misused structured scopes are misuse
            case JAVA21 -> ruleId.equals("StructuredScopeMisuse") ? MISUSE : DEADLOCK;
        };
    }

    static ReviewGroup parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown group '" + text.trim() + "' (groups: "
                    + java.util.Arrays.stream(values()).map(ReviewGroup::label)
                    .collect(java.util.stream.Collectors.joining(", ")) + ")", e);
        }
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
