package dev.fearless.bench;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: the first column left-aligned, the others right-aligned (they hold numbers). */
final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Integer> separators = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    Table row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** A rule line before the next row (e.g. before a total). */
    Table separator() {
        separators.add(rows.size());
        return this;
    }

    String render() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> r : rows) {
                width[c] = Math.max(width[c], r.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(header, width, out);
        rule(width, out);
        for (int i = 0; i < rows.size(); i++) {
            if (separators.contains(i)) {
                rule(width, out);
            }
            line(rows.get(i), width, out);
        }
        return out.toString();
    }

    private static void line(List<String> cells, int[] width, StringBuilder out) {
        StringBuilder l = new StringBuilder();
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            l.append(c == 0 ? cell + pad : pad + cell);
            if (c < width.length - 1) {
                l.append("  ");
            }
        }
        out.append(l.toString().stripTrailing()).append('\n');
    }

    private static void rule(int[] width, StringBuilder out) {
        int total = 0;
        for (int w : width) {
            total += w;
        }
        out.append("-".repeat(total + 2 * (width.length - 1))).append('\n');
    }
}
