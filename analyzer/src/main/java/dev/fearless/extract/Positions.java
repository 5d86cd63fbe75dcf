package dev.fearless.extract;

import com.github.javaparser.Range;
import com.github.javaparser.ast.Node;
import dev.fearless.facts.Position;

/** Source ranges of syntax nodes as {@link Position}s. */
final class Positions {

    private Positions() {
    }

    static Position of(Node node) {
        return node.getRange().map(Positions::of).orElse(Position.UNKNOWN);
    }

    static Position of(Range r) {
        return Position.of(r.begin.line, r.begin.column, r.end.line, r.end.column);
    }

    /** The empty range at the start of a node: where text inserted before it goes. */
    static Position start(Node node) {
        return node.getRange().map(r -> Position.of(r.begin.line, r.begin.column, r.begin.line, r.begin.column))
                .orElse(null);
    }

    /** From the start of {@code from} to the end of {@code to}. */
    static Position span(Node from, Node to) {
        Position a = of(from);
        Position b = of(to);
        return Position.of(a.line(), a.column(), b.endLine(), b.endColumn());
    }
}
