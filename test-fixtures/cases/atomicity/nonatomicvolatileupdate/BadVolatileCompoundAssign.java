package atomicity.nonatomicvolatileupdate;

/** Transfer meter that adds to volatile totals with += and = x + n: volatile makes each read and write visible but not the pair atomic, so bytes are lost. */
public class BadVolatileCompoundAssign {
    private volatile long bytesIn;
    private volatile long bytesOut;

    public void received(int n) {
        bytesIn += n; // expect: NonAtomicVolatileUpdate['`bytesIn` is volatile']
    }

    public void sent(int n) {
        bytesOut = bytesOut + n; // expect: NonAtomicVolatileUpdate['`bytesOut` is volatile']
    }

    public long total() {
        return bytesIn + bytesOut;
    }
}
