package races.unguardedwrite;

import java.util.ArrayList;
import java.util.List;

/** A mutable DTO with no concurrency evidence (no locks, volatile, threads or annotations): confined to one thread, nothing to report. */
public class GoodPlainPojo {
    private String name;
    private int retries;
    private final List<String> tags = new ArrayList<>();

    public void setName(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void incrementRetries() {
        retries++;
    }

    public int getRetries() {
        return retries;
    }

    public void addTag(String tag) {
        tags.add(tag);
    }

    public int tagCount() {
        return tags.size();
    }
}
