package dev.fearless.parse;

import java.util.Arrays;

/**
 * Maps columns of a {@link CompactSource}'s text back to the original text. Lines are the same in
 * both (compaction keeps every line break); within a line, each run of copied characters is shifted
 * by a fixed amount, recorded where it changes.
 */
public final class ColumnMap {

    /** The map of a text that was not compacted. */
    public static final ColumnMap IDENTITY = new ColumnMap(new int[0][]);

    /** Per line (index line - 1): pairs {compact column where a shift starts, shift}, or null for none. */
    private final int[][] shifts;

    ColumnMap(int[][] shifts) {
        this.shifts = shifts;
    }

    /** The original column of {@code column} (1-based) on {@code line} (1-based) of the compact text. */
    public int column(int line, int column) {
        if (line < 1 || line > shifts.length) {
            return column;
        }
        int[] s = shifts[line - 1];
        if (s == null) {
            return column;
        }
        int shift = 0;
        for (int i = 0; i < s.length && s[i] <= column; i += 2) {
            shift = s[i + 1];
        }
        return column + shift;
    }

    /** Collects the shifts line by line while a text is compacted. */
    static final class Builder {

        private int[][] shifts = new int[64][];
        private int line = 1;

        /** From compact column {@code column} on, the current line is shifted by {@code shift}. */
        void shift(int column, int shift) {
            if (line > shifts.length) {
                shifts = Arrays.copyOf(shifts, Math.max(line, shifts.length * 2));
            }
            int[] s = shifts[line - 1];
            if (s == null) {
                shifts[line - 1] = new int[] {column, shift};
            } else if (s[s.length - 2] == column) {
                s[s.length - 1] = shift;
            } else {
                s = Arrays.copyOf(s, s.length + 2);
                s[s.length - 2] = column;
                s[s.length - 1] = shift;
                shifts[line - 1] = s;
            }
        }

        void newLine() {
            line++;
        }

        ColumnMap build() {
            return new ColumnMap(Arrays.copyOf(shifts, Math.min(shifts.length, line)));
        }
    }
}
