// EXPECT: none
package probe9a; import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Verifies a multi-part upload by checksumming each part on its own thread
 * and combining the per-part results once all parts are done.
 */
public class ChunkedUploadVerifier {

    static final class PartChecksum extends Thread {
        private final InputStream part;
        long bytesRead;
        long checksum;

        PartChecksum(int index, InputStream part) {
            super("part-checksum-" + index);
            this.part = part;
        }

        @Override
        public void run() {
            CRC32 crc = new CRC32();
            byte[] buffer = new byte[8192];
            int n;
            try {
                while ((n = part.read(buffer)) > 0) {
                    crc.update(buffer, 0, n);
                    bytesRead = bytesRead + n;
                }
            } catch (IOException e) {
                bytesRead = -1;
            }
            checksum = crc.getValue();
        }
    }

    public static long verify(List<byte[]> parts) throws InterruptedException {
        List<PartChecksum> workers = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartChecksum worker = new PartChecksum(i, new ByteArrayInputStream(parts.get(i)));
            workers.add(worker);
            worker.start();
        }
        long combined = 17;
        long totalBytes = 0;
        for (PartChecksum worker : workers) {
            worker.join();
            totalBytes += worker.bytesRead; // OK: plain long read only after join(), which happens-after all writes in run()
            combined = combined * 31 + worker.checksum;
        }
        System.out.println("verified " + totalBytes + " bytes in " + workers.size() + " parts");
        return combined;
    }

    public static void main(String[] args) throws InterruptedException {
        List<byte[]> parts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] part = new byte[4 * 1024 * 1024];
            for (int j = 0; j < part.length; j += 4096) {
                part[j] = (byte) (i + j);
            }
            parts.add(part);
        }
        System.out.println("upload fingerprint: " + Long.toHexString(verify(parts)));
    }
}
