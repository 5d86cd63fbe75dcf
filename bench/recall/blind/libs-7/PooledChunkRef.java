// EXPECT: none
package probe7b; import java.nio.ByteBuffer;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * Reference-counted handle to a chunk of pooled direct memory. A handle is shared
 * between the decoder thread and worker threads; whoever performs the last
 * release() returns the memory to the arena. Callers must own a reference
 * (obtained from allocate() or retain()) while using the handle.
 */
public final class PooledChunkRef {

    /** Free list of recycled chunks shared by all threads. */
    static final class ChunkArena {
        private final ConcurrentLinkedQueue<ByteBuffer> free = new ConcurrentLinkedQueue<>();
        private final int chunkSize;

        ChunkArena(int chunkSize) {
            this.chunkSize = chunkSize;
        }

        PooledChunkRef allocate() {
            ByteBuffer buf = free.poll();
            if (buf == null) {
                buf = ByteBuffer.allocateDirect(chunkSize);
            }
            buf.clear();
            return new PooledChunkRef(this, buf);
        }

        void recycle(ByteBuffer buf) {
            free.offer(buf);
        }

        int freeChunks() {
            return free.size();
        }
    }

    private static final AtomicIntegerFieldUpdater<PooledChunkRef> REF_CNT =
            AtomicIntegerFieldUpdater.newUpdater(PooledChunkRef.class, "refCnt");

    private final ChunkArena arena;
    private final ByteBuffer memory;
    private volatile int refCnt = 1;

    private PooledChunkRef(ChunkArena arena, ByteBuffer memory) {
        this.arena = arena;
        this.memory = memory;
    }

    public int refCnt() {
        return refCnt;
    }

    public PooledChunkRef retain() {
        for (;;) {
            int current = refCnt;
            if (current <= 0) { // OK: check-then-act shape, but it only inspects a snapshot; the CAS below fails and retries if refCnt changed in between, so a released chunk can never be resurrected
                throw new IllegalStateException("refCnt: " + current + ", chunk already released");
            }
            if (REF_CNT.compareAndSet(this, current, current + 1)) {
                return this;
            }
        }
    }

    public boolean release() {
        for (;;) {
            int current = refCnt;
            if (current <= 0) {
                throw new IllegalStateException("refCnt: " + current + ", double release");
            }
            if (REF_CNT.compareAndSet(this, current, current - 1)) {
                if (current == 1) {
                    arena.recycle(memory);
                    return true;
                }
                return false;
            }
        }
    }

    /** Returns an independent view; the caller must hold a reference. */
    public ByteBuffer nioBuffer() {
        return memory.duplicate();
    }

    public static void main(String[] args) throws InterruptedException {
        ChunkArena arena = new ChunkArena(16 * 1024);
        PooledChunkRef chunk = arena.allocate();
        Thread[] workers = new Thread[4];
        for (int i = 0; i < workers.length; i++) {
            PooledChunkRef ref = chunk.retain();
            int slot = i * Long.BYTES; // each worker writes its own disjoint region
            workers[i] = new Thread(() -> {
                ref.nioBuffer().putLong(slot, 42L);
                ref.release();
            });
            workers[i].start();
        }
        chunk.release();
        for (Thread w : workers) {
            w.join();
        }
        System.out.println("refCnt=" + chunk.refCnt() + " freeChunks=" + arena.freeChunks());
    }
}
