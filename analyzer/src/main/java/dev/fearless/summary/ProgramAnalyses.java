package dev.fearless.summary;

/**
 * The whole-program analyses that only some rules ask about, computed with the summaries so that no
 * rule pays for them out of its own time budget on a file.
 */
record ProgramAnalyses(SpawnDistances spawnDistances, VirtualThreads virtualThreads, Effects effects,
                       ClassInits classInits, OwnedThreads ownedThreads, LockTakers lockTakers,
                       Freezes freezes) {
}
