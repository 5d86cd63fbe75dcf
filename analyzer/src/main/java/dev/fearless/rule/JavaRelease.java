package dev.fearless.rule;

import java.util.Optional;

/**
 * The Java release the scanned code runs on, at the oldest: a project setting ({@code javaRelease} in
 * {@code fearless.yml}, or the build's {@code maven.compiler.release}). Some hazards exist only on some
 * JDKs (a virtual thread blocking in {@code synchronized} pins its carrier up to JDK 23), so a rule may
 * ask. {@link #UNKNOWN} when the project does not say: rules then report what holds on any supported JDK.
 *
 * @param feature the feature release number (8, 17, 21...), or 0 when unknown
 */
public record JavaRelease(int feature) {

    /** The project does not say which release it runs on. */
    public static final JavaRelease UNKNOWN = new JavaRelease(0);

    /** The oldest release a setting may name: Java 1.0 counted as 1. */
    private static final int OLDEST = 1;

    public JavaRelease {
        if (feature < 0) {
            throw new IllegalArgumentException("a Java release is a positive number, was " + feature);
        }
    }

    /** A known release. */
    public static JavaRelease of(int feature) {
        if (feature < OLDEST) {
            throw new IllegalArgumentException("a Java release is a positive number, was " + feature);
        }
        return new JavaRelease(feature);
    }

    /**
     * Reads a release as build files write it: {@code 21}, {@code 1.8} (the old style, meaning 8),
     * {@code 17.0.2}; empty when the text is no release (blank, {@code ${unresolved}}, {@code latest}).
     */
    public static Optional<JavaRelease> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.startsWith("1.") && s.length() > 2) {
            s = s.substring(2);
        }
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        boolean versionFollows = end + 1 < s.length() && s.charAt(end) == '.' && Character.isDigit(s.charAt(end + 1));
        if (end == 0 || end > 4 || end < s.length() && !versionFollows) {
            return Optional.empty();
        }
        int feature = Integer.parseInt(s.substring(0, end));
        return feature < OLDEST ? Optional.empty() : Optional.of(new JavaRelease(feature));
    }

    public boolean isKnown() {
        return feature > 0;
    }

    /** Whether the code is known to run on {@code release} or later only; false when unknown. */
    public boolean atLeast(int release) {
        return isKnown() && feature >= release;
    }

    @Override
    public String toString() {
        return isKnown() ? Integer.toString(feature) : "unknown";
    }
}
