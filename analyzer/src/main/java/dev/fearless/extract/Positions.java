package dev.fearless.extract;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.fearless.facts.Position;
import dev.fearless.parse.ColumnMap;

/** Source ranges of syntax nodes as {@link Position}s in the file, through the parsed text's column map. */
final class Positions {

    private final ColumnMap columns;

    Positions(ColumnMap columns) {
        this.columns = columns;
    }

    Position of(Node node) {
        return node.getRange().map(this::of).orElse(Position.UNKNOWN);
    }

    Position of(Range r) {
        return Position.of(r.begin.line, columns.column(r.begin.line, r.begin.column),
                r.end.line, columns.column(r.end.line, r.end.column));
    }

    /** The empty range at the start of a node: where text inserted before it goes. */
    Position start(Node node) {
        return node.getRange().map(r -> {
            int column = columns.column(r.begin.line, r.begin.column);
            return Position.of(r.begin.line, column, r.begin.line, column);
        }).orElse(null);
    }

    /** From the start of {@code from} to the end of {@code to}. */
    Position span(Node from, Node to) {
        Position a = of(from);
        Position b = of(to);
        return Position.of(a.line(), a.column(), b.endLine(), b.endColumn());
    }
}
