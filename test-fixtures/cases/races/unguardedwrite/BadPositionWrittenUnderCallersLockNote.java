package races.unguardedwrite;

/**
 * A cursor whose contract asks callers to lock it around advance(), which every call in the program does
 * (the reader): only code outside the program that skips the lock races with the synchronized reset(),
 * so the unlocked write is a note that says so.
 */
public class BadPositionWrittenUnderCallersLockNote {

    public static final class Cursor {
        private int position;

        /** Callers must hold the cursor's monitor. */
        public void advance(int n) {
            position += n; // expect: UnguardedWrite['every call of `Cursor.advance` in the program holds `this` around it (as in `Reader.read`)']
        }

        public synchronized void reset() {
            position = 0;
        }

        public synchronized int position() {
            return position;
        }
    }

    public static final class Reader {
        public static void read(Cursor cursor, int n) {
            synchronized (cursor) {
                cursor.advance(n);
            }
        }
    }
}
