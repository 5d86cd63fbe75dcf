package races.immutableviolation;

import net.jcip.annotations.Immutable;

/** An @Immutable CRC-32 table: a final array built once by a static factory, only read, never returned or written after construction. */
@Immutable
public final class GoodPrivateArrayNeverExposed {
    private final int[] table;

    public GoodPrivateArrayNeverExposed() {
        this.table = buildTable();
    }

    public int crc(byte[] data) {
        int crc = 0xFFFFFFFF;
        for (byte b : data) {
            crc = (crc >>> 8) ^ table[(crc ^ b) & 0xFF];
        }
        return ~crc;
    }

    private static int[] buildTable() {
        int[] result = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            result[n] = c;
        }
        return result;
    }
}
