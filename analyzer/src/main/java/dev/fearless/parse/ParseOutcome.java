package dev.fearless.parse;

import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.facts.Position;

/**
 * The result of parsing one file: a compilation unit with the map from its columns to the file's, or
 * the first problem the parser reported. Lives only until the file's facts are extracted.
 */
public record ParseOutcome(CompilationUnit unit, ColumnMap columns, String problem, Position problemPosition) {

    public static ParseOutcome parsed(CompilationUnit unit, ColumnMap columns) {
        return new ParseOutcome(unit, columns, "", Position.UNKNOWN);
    }

    public static ParseOutcome failed(String problem, Position pos) {
        return new ParseOutcome(null, ColumnMap.IDENTITY, problem, pos);
    }

    public boolean succeeded() {
        return unit != null;
    }
}
