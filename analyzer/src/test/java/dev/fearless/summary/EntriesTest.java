package dev.fearless.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which methods are entries, where their accesses are charged ({@link Entries}). */
class EntriesTest {

    @Test
    void overrideCalledOnlyByTheSuperclassTemplate_isAnEntry_soItsWritesAreSeen() {
        Analyzed a = Analyzed.of("""
                abstract class Writer {
                    public void flush() { flushData(); }
                    protected abstract void flushData();
                }
                class ChunkWriter extends Writer {
                    private long offset;
                    protected void flushData() { offset += 4; }
                    public synchronized void reset() { offset = 0; }
                }
                """);
        List<FieldUse> writes = a.uses("ChunkWriter", "offset").stream()
                .filter(u -> u.method().name().equals("flushData")).toList();
        assertEquals(1, writes.size(), () -> String.valueOf(a.uses("ChunkWriter", "offset")));
        assertEquals(AccessOp.UPDATE, writes.get(0).op());
    }
}
