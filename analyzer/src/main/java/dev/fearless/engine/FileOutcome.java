package dev.fearless.engine;

import dev.fearless.discover.FileProblem;
import dev.fearless.facts.FileFacts;

/** The outcome of extracting one file: its facts, or the problem that stopped it. */
record FileOutcome(int index, FileFacts facts, FileProblem problem) {
}
