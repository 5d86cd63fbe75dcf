package dev.fearless.summary;

/**
 * Why a class is believed to run on several threads (or not): annotations and its documented contract
 * ({@code notThreadSafe} when the class comment says so), locks or volatile/atomic
 * state of its own, being a container singleton, or having its state touched by tasks run elsewhere.
 * A class without any of it gets no race findings.
 */
public record Evidence(boolean threadSafe, boolean notThreadSafe, boolean usesLocks, boolean volatileOrAtomic,
                       boolean singleton, boolean touchedByTasks) {

    public static final Evidence NONE = new Evidence(false, false, false, false, false, false);

    /** Evidence that the class is meant to be shared: annotated thread-safe, or locking its own state. */
    public boolean meantToBeShared() {
        return !notThreadSafe && (threadSafe || usesLocks);
    }

    /** Any evidence at all that the class runs on several threads. */
    public boolean concurrent() {
        return !notThreadSafe && (threadSafe || usesLocks || volatileOrAtomic || singleton || touchedByTasks);
    }
}
