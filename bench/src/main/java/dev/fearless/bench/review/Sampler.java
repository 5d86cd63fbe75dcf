package dev.fearless.bench.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Draws a seeded random sample of findings per review group, so that anyone can draw the same sample
 * again from the same scan. Lock-order cycles are few and the feature no peer has: with
 * {@code allCycles} every one is drawn, outside the deadlock group's quota.
 */
final class Sampler {

    private Sampler() {
    }

    static List<ReviewFinding> draw(List<ReviewFinding> findings, List<ReviewGroup> groups, int perGroup, long seed,
                                    boolean allCycles) {
        List<ReviewFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(ReviewFinding::place).thenComparing(ReviewFinding::ruleId)
                .thenComparing(ReviewFinding::message));
        List<ReviewFinding> sample = new ArrayList<>();
        for (ReviewGroup group : groups) {
            List<ReviewFinding> pool = new ArrayList<>();
            for (ReviewFinding f : sorted) {
                boolean cycle = f.ruleId().equals(ReviewGroup.CYCLE_RULE);
                if (f.place().group() == group && !(allCycles && cycle)) {
                    pool.add(f);
                }
            }
            java.util.Collections.shuffle(pool, new Random(seed * 31 + group.ordinal()));
            sample.addAll(pool.subList(0, Math.min(perGroup, pool.size())));
            if (allCycles && group == ReviewGroup.DEADLOCK) {
                sorted.stream().filter(f -> f.ruleId().equals(ReviewGroup.CYCLE_RULE)).forEach(sample::add);
            }
        }
        return sample;
    }
}
