package publication.thisescape;

import java.util.Arrays;

/** The constructor calls its own private and final methods: this never leaves the object. */
public class GoodPrivateHelpersInConstructor {
    private final int[] table;
    private final String label;

    public GoodPrivateHelpersInConstructor(int size, String label) {
        this.table = new int[size];
        fill(7);
        this.label = normalize(label);
    }

    private void fill(int seed) {
        for (int i = 0; i < table.length; i++) {
            table[i] = (i * 31 + seed) % 97;
        }
    }

    protected final String normalize(String s) {
        return s.trim().toLowerCase();
    }

    public String describe() {
        return label + Arrays.toString(table);
    }
}
