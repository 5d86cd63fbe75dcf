package dev.fearless.engine;

import dev.fearless.facts.FileFacts;

/**
 * Facts already extracted, keyed by a hash of the file's content and of everything the extraction
 * depends on (analyzer version, knowledge). Lets a pre-commit run re-extract only changed files.
 */
public interface FactCache {

    /** No cache: every file is parsed. */
    FactCache NONE = new FactCache() {
        @Override
        public FileFacts load(String key) {
            return null;
        }

        @Override
        public void store(String key, FileFacts facts) {
            // nothing kept
        }
    };

    /** The facts stored under {@code key}, or {@code null} when absent or unusable. */
    FileFacts load(String key);

    /** Stores facts under {@code key}; failures are ignored (a cache is an optimization). */
    void store(String key, FileFacts facts);

    /** The bytes of a whole scan's result stored under {@code key}, or {@code null} (this cache keeps none). */
    default byte[] loadResult(String key) {
        return null;
    }

    /** Stores a whole scan's result under {@code key}; failures are ignored. */
    default void storeResult(String key, byte[] result) {
        // kept by caches that can
    }
}
