package dev.fearless.rule;

import dev.fearless.facts.Position;
import java.util.List;

/** A mechanical fix: replace the text of some ranges. An empty range inserts at its start. */
public record Fix(String description, List<Replacement> replacements) {

    public Fix {
        replacements = List.copyOf(replacements);
    }

    /**
     * One edit: the text in {@code deleted} becomes {@code inserted}. As in SARIF, the range's end column
     * is exclusive (it is the column just after the last character replaced); an empty range inserts.
     */
    public record Replacement(String path, Position deleted, String inserted) {
    }
}
