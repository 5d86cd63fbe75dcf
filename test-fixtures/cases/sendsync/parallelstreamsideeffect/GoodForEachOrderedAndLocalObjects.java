package sendsync.parallelstreamsideeffect;

import java.util.ArrayList;
import java.util.List;

/** forEachOrdered runs its actions one after another; the map stage only mutates a StringBuilder it created itself. */
public class GoodForEachOrderedAndLocalObjects {
    public List<String> render(List<String[]> rows) {
        List<String> lines = new ArrayList<>();
        rows.parallelStream()
                .map(cells -> {
                    StringBuilder sb = new StringBuilder();
                    for (String c : cells) {
                        sb.append('|').append(c);
                    }
                    return sb.append('|').toString();
                })
                .forEachOrdered(lines::add);
        return lines;
    }
}
