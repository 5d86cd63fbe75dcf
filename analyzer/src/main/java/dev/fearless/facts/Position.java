package dev.fearless.facts;

/**
 * A source range, 1-based, inclusive of both ends, as JavaParser reports it. {@link #UNKNOWN} stands
 * for a fact without a place in the text (synthetic accessors, for instance).
 */
public record Position(int line, int column, int endLine, int endColumn) implements Comparable<Position> {

    public static final Position UNKNOWN = new Position(0, 0, 0, 0);

    public static Position of(int line, int column, int endLine, int endColumn) {
        return new Position(line, column, endLine, endColumn);
    }

    public boolean isKnown() {
        return line > 0;
    }

    public boolean contains(Position other) {
        return compare(line, column, other.line, other.column) <= 0
                && compare(endLine, endColumn, other.endLine, other.endColumn) >= 0;
    }

    @Override
    public int compareTo(Position o) {
        int c = compare(line, column, o.line, o.column);
        return c != 0 ? c : compare(endLine, endColumn, o.endLine, o.endColumn);
    }

    private static int compare(int l1, int c1, int l2, int c2) {
        return l1 != l2 ? Integer.compare(l1, l2) : Integer.compare(c1, c2);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
