package dev.fearless.bench.review;

import java.util.Locale;

/** A reviewer's judgement of one finding (REVIEWS.md). */
enum Verdict {
    /** A defect a maintainer of the library would accept as worth a fix. */
    TRUE,
    /** Technically real, but harmless or by design: noise for users, a note at most. */
    TRUE_LOW,
    /** Not a bug: the reason names the fact the analyzer missed. */
    FALSE,
    /** The reviewer could not tell; the reason says what is missing. */
    UNSURE;

    static Verdict parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    String label() {
        return name().replace('_', '-');
    }

    boolean real() {
        return this == TRUE || this == TRUE_LOW;
    }
}
