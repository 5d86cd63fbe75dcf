package dev.fearless.extract;

import dev.fearless.facts.LockSet;

/**
 * Where the walk of a body is: the innermost scope, guard and loop (indices into the body's guards and
 * loops, -1 for none) and the locks certainly held. An immutable value handed down to the children of a
 * statement or expression; a child that enters a block, a branch or a loop gets a new context, so the
 * enclosing one is never saved and restored.
 */
record WalkContext(Scope scope, int guard, int loop, LockSet held) {

    /** The context at the start of a body: its outermost scope, no guard, no loop. */
    static WalkContext entry(Scope scope, LockSet held) {
        return new WalkContext(scope, -1, -1, held);
    }

    WalkContext withHeld(LockSet locks) {
        return new WalkContext(scope, guard, loop, locks);
    }

    WalkContext inGuard(int id) {
        return new WalkContext(scope, id, loop, held);
    }

    WalkContext inLoop(int id) {
        return new WalkContext(scope, guard, id, held);
    }

    /** A new block scope nested in this one, for the locals of {@code owner}. */
    WalkContext inBlock(BodyExtractor owner) {
        return new WalkContext(Scope.block(scope, owner), guard, loop, held);
    }
}
