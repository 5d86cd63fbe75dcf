package races.unsynchronizedoverride;

/** Overrides that only delegate to the synchronized super methods (to widen their visibility): they inherit the locking. */
public class GoodOverrideCallsSuperOnly extends NamedBuffer {
    @Override
    public void append(String more) {
        super.append(more);
    }

    @Override
    public String snapshot() {
        return super.snapshot();
    }
}

/** A text buffer guarded by its monitor. */
class NamedBuffer {
    private final StringBuilder text = new StringBuilder();

    protected synchronized void append(String more) {
        text.append(more);
    }

    protected synchronized String snapshot() {
        return text.toString();
    }
}
