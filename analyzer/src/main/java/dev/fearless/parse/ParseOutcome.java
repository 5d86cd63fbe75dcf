package dev.fearless.parse;

import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.facts.Position;

/**
 * The result of parsing one file: a compilation unit, or the first problem the parser reported.
 * Lives only until the file's facts are extracted.
 */
public record ParseOutcome(CompilationUnit unit, String problem, Position problemPosition) {

    public static ParseOutcome parsed(CompilationUnit unit) {
        return new ParseOutcome(unit, "", Position.UNKNOWN);
    }

    public static ParseOutcome failed(String problem, Position pos) {
        return new ParseOutcome(null, problem, pos);
    }

    public boolean succeeded() {
        return unit != null;
    }
}
