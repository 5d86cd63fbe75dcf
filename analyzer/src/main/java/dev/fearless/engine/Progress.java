package dev.fearless.engine;

/** Told how a run advances, for a progress line. Called from worker threads; must be thread-safe. */
public interface Progress {

    /** No progress shown. */
    Progress NONE = new Progress() {
        @Override
        public void filesDone(int done, int total) {
            // silent
        }

        @Override
        public void stage(String name) {
            // silent
        }
    };

    /** {@code done} of {@code total} files are parsed (or read from the cache). */
    void filesDone(int done, int total);

    /** A later stage started: "linking", "summarizing", "checking". */
    void stage(String name);
}
