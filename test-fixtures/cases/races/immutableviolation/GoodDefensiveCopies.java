package races.immutableviolation;

import java.util.List;
import net.jcip.annotations.Immutable;

/** An @Immutable checksum that copies its list with List.copyOf and clones its array both on the way in and on the way out. */
@Immutable
public final class GoodDefensiveCopies {
    private final List<String> sources;
    private final byte[] digest;

    public GoodDefensiveCopies(List<String> sources, byte[] digest) {
        this.sources = List.copyOf(sources);
        this.digest = digest.clone();
    }

    public List<String> sources() {
        return sources;
    }

    public byte[] digest() {
        return digest.clone();
    }
}
