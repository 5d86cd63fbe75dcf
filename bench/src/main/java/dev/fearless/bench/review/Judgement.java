package dev.fearless.bench.review;

/**
 * One recorded verdict: the place it is keyed by, the rule that reported it when it was judged, the
 * verdict and its reason, and the sample it was judged in (e.g. {@code 2026-11-22}, {@code final-seed-…}).
 */
record Judgement(Place place, String ruleId, Verdict verdict, String reason, String sample) {
}
