package publication.volatilemutablecontents;

/** A volatile StringBuilder appended to by several logging threads. */
public class BadVolatileStringBuilder {
    private volatile StringBuilder pending = new StringBuilder();

    public void log(String line) {
        pending.append(line).append('\n'); // expect: VolatileMutableContents
    }

    public String drain() {
        StringBuilder old = pending;
        pending = new StringBuilder();
        return old.toString();
    }
}
