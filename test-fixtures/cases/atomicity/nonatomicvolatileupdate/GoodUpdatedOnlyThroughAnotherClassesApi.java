package atomicity.nonatomicvolatileupdate;

import java.util.Iterator;
import java.util.List;

/**
 * A volatile progress counter that a package-private step updates, and that only the program calls,
 * from the public API of another class: the single-writer design, where each reader object has one
 * thread stepping it and the volatile lets a monitor read the progress. Clients calling the other class
 * at once show no second writer of one reader (nothing in the program takes a lock for the update, as
 * it would if updates were expected to meet); clients calling the reader's own API would.
 */
public class GoodUpdatedOnlyThroughAnotherClassesApi {

    /** Reads rows and counts them for a progress display. */
    public static final class RowReader {
        private final Iterator<String> rows;
        private volatile long rowsRead;

        RowReader(List<String> rows) {
            this.rows = rows.iterator();
        }

        String step() {
            if (!rows.hasNext()) {
                return null;
            }
            rowsRead++;
            return rows.next();
        }

        public long rowsRead() {
            return rowsRead;
        }
    }

    /** Copies every row of a reader somewhere. */
    public static final class Copier {
        public int copyAll(RowReader reader, StringBuilder out) {
            int n = 0;
            for (String row = reader.step(); row != null; row = reader.step()) {
                out.append(row).append('\n');
                n++;
            }
            return n;
        }
    }
}
