package dev.fearless.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.stmt.Statement;
import dev.fearless.facts.Position;
import dev.fearless.facts.SuppressionRange;
import dev.fearless.parse.DocComment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * IntelliJ's line-comment suppressions: {@code //noinspection NonAtomicOperationOnVolatileField} on the line
 * above a statement or a declaration silences those inspections on all of it, as {@code @SuppressWarnings}
 * with the same names would on a declaration. Each becomes a {@link SuppressionRange} over the statement's
 * lines; the engine decides which rules the names silence (an inspection that a rule lists among its peers).
 * A comment with no statement right below it (the last line of a block) silences nothing.
 */
final class InspectionComments {

    private InspectionComments() {
    }

    /** The ranges the {@code //noinspection} comments among {@code docs} silence in {@code unit}. */
    static List<SuppressionRange> of(CompilationUnit unit, List<DocComment> docs, Positions positions) {
        // by line, the inspections each comment silences; a comment kept twice (it talks about races as well) counts once
        Map<Integer, List<String>> comments = new TreeMap<>();
        for (DocComment d : docs) {
            List<String> names = d.silencedInspections();
            if (!names.isEmpty()) {
                comments.putIfAbsent(d.endLine(), names);
            }
        }
        if (comments.isEmpty()) {
            return List.of();
        }
        // By first line, the outermost statement or declaration that starts there; and every line one ends on.
        TreeMap<Integer, Position> starts = new TreeMap<>();
        Set<Integer> ends = new HashSet<>();
        unit.walk(Node.TreeTraversal.PREORDER, n -> {
            if (n instanceof Statement || n instanceof BodyDeclaration<?>) {
                Position p = positions.of(n);
                if (p.line() > 0) {
                    starts.putIfAbsent(p.line(), p);
                    ends.add(p.endLine());
                }
            }
        });
        List<SuppressionRange> ranges = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> c : comments.entrySet()) {
            Map.Entry<Integer, Position> next = starts.higherEntry(c.getKey());
            if (next != null && !endsBetween(ends, c.getKey(), next.getKey())) {
                ranges.add(new SuppressionRange(next.getValue().line(), next.getValue().endLine(), Set.copyOf(c.getValue())));
            }
        }
        return ranges;
    }

    /** Whether a statement or declaration ends after line {@code after} and before line {@code before}: a block closes between. */
    private static boolean endsBetween(Set<Integer> ends, int after, int before) {
        for (int line = after + 1; line < before; line++) {
            if (ends.contains(line)) {
                return true;
            }
        }
        return false;
    }
}
