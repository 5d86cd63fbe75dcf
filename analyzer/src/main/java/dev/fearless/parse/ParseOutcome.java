package dev.fearless.parse;

import com.github.javaparser.ast.CompilationUnit;
import dev.fearless.facts.Position;
import java.util.List;

/**
 * The result of parsing one file: a compilation unit with the map from its columns to the file's and
 * the documentation comments that talk about threads, or the first problem the parser reported. Lives only until the file's facts are extracted.
 */
public record ParseOutcome(CompilationUnit unit, ColumnMap columns, List<DocComment> docs, String problem,
                           Position problemPosition) {

    public ParseOutcome {
        docs = List.copyOf(docs);
    }

    public static ParseOutcome parsed(CompilationUnit unit, ColumnMap columns, List<DocComment> docs) {
        return new ParseOutcome(unit, columns, docs, "", Position.UNKNOWN);
    }

    public static ParseOutcome failed(String problem, Position pos) {
        return new ParseOutcome(null, ColumnMap.IDENTITY, List.of(), problem, pos);
    }

    public boolean succeeded() {
        return unit != null;
    }
}
