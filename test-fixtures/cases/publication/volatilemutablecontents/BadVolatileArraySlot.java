package publication.volatilemutablecontents;

/** A volatile array whose slots are written in place: volatile orders the reference, not the element writes. */
public class BadVolatileArraySlot {
    private volatile long[] lastSeen = new long[16];

    public void touch(int shard, long now) {
        lastSeen[shard] = now; // expect: VolatileMutableContents['`lastSeen` is volatile, but an element of it is written here']
    }

    public long lastSeen(int shard) {
        return lastSeen[shard];
    }

    public void resize(int shards) {
        lastSeen = new long[shards];
    }
}
