package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/**
 * An audit trail whose private append helper runs under the monitor from record() but without it from
 * both replay() and importAll(): one race, at the helper's write, reached two ways; reported once there,
 * naming both entries.
 */
public class BadHelperReachedFromTwoEntries {
    private final List<String> lines = new ArrayList<>();

    public synchronized void record(String line) {
        append(line);
    }

    public synchronized int size() {
        return lines.size(); // related: UnguardedWrite@37['`lines.size()` is accessed under `this` here']
    }

    public synchronized void clear() {
        lines.clear();
    }

    public void replay(String line) {
        append(line); // related: UnguardedWrite@37['reaches the write from here']
    }

    public void importAll(List<String> more) {
        for (String line : more) {
            append(line); // related: UnguardedWrite@37['also reaches the write from here']
        }
    }

    private void append(String line) {
        lines.add(line); // expect: UnguardedWrite['`lines.add()` changes `lines` without `this`'], UnguardedWrite['(reached from `BadHelperReachedFromTwoEntries.replay` at line 27)']
    }
}
