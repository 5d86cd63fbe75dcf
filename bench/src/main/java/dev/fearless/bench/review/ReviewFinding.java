package dev.fearless.bench.review;

import java.util.List;

/** One finding of a SARIF log, as a reviewer reads it: the rule, where, what it says, and its evidence. */
record ReviewFinding(String ruleId, String level, Place place, int column, String message, List<Step> related,
                     List<List<Step>> flows) {

    /** A related location or a code-flow step: a place in the corpus and what it shows. */
    record Step(String path, int line, String note) {
    }

    ReviewFinding {
        related = List.copyOf(related);
        flows = flows.stream().map(List::copyOf).toList();
    }
}
