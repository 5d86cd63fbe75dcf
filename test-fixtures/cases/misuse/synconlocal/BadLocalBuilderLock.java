package misuse.synconlocal;

import java.util.List;

/** CSV formatter that synchronizes on the StringBuilder it just created: no other thread can see it, so the block excludes nothing and only costs a monitor. */
public class BadLocalBuilderLock {

    public String format(List<String> cells) {
        StringBuilder line = new StringBuilder();
        synchronized (line) { // expect: SyncOnLocal
            for (String cell : cells) {
                if (line.length() > 0) {
                    line.append(',');
                }
                line.append(cell);
            }
        }
        return line.toString();
    }
}
