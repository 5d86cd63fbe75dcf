package races.unsynchronizedoverride;

import java.io.IOException;
import java.io.InputStream;

/**
 * A checksummed input whose override of the synchronized available() reads the data stream the class
 * uses without the monitor elsewhere too (set in the constructor, used by close() and seek() unlocked,
 * and by readChunk() under it): the monitor does not guard it; it guards the buffer state, which the override reaches through super.available()
 * (hadoop's ChecksumFs.ChecksumFSInputChecker). Not dropping a guarantee the monitor gave.
 */
public class GoodOverrideUsesFieldNoMonitorGuards extends BufferedCheckerBase {
    private InputStream datas;

    public GoodOverrideUsesFieldNoMonitorGuards(InputStream in) {
        this.datas = in;
    }

    @Override
    public int available() throws IOException {
        return datas.available() + super.available();
    }

    public synchronized int readChunk() throws IOException {
        return datas.read();
    }

    public void seek(long n) throws IOException {
        datas.skip(n);
    }

    public void close() throws IOException {
        datas.close();
        datas = null;
    }
}

/** Buffer state guarded by the monitor. */
class BufferedCheckerBase {
    private int count;
    private int pos;

    public synchronized int available() throws IOException {
        return count - pos;
    }

    public synchronized void fill(int n) {
        count = n;
        pos = 0;
    }

    public synchronized int read() {
        return pos < count ? pos++ : -1;
    }
}
