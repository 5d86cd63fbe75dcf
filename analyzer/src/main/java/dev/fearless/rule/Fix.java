package dev.fearless.rule;

import dev.fearless.facts.Position;
import java.util.List;

/** A mechanical fix: replace the text of some ranges. An empty range inserts at its start. */
public record Fix(String description, List<Replacement> replacements) {

    public Fix {
        replacements = List.copyOf(replacements);
    }

    /** One edit: the text in {@code deleted} (inclusive range, possibly empty) becomes {@code inserted}. */
    public record Replacement(String path, Position deleted, String inserted) {
    }
}
