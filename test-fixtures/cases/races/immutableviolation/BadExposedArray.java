package races.immutableviolation;

import net.jcip.annotations.Immutable;

/** An @Immutable checksum that copies its array on the way in but returns the internal array itself, so callers can change it. */
@Immutable
public class BadExposedArray {
    private final String algorithm;
    private final byte[] digest; // expect: ImmutableViolation['mutable `byte[]` that escapes through `BadExposedArray.digest()`']

    public BadExposedArray(String algorithm, byte[] digest) {
        this.algorithm = algorithm;
        this.digest = digest.clone();
    }

    public String algorithm() {
        return algorithm;
    }

    public byte[] digest() {
        return digest;
    }
}
