package dev.fearless.facts;

import java.util.List;

/**
 * A catch clause: the types it catches, and the events of its try block and of its handler as index
 * ranges {@code [start, end)} into {@link MethodFacts#events()}. Clauses of one try share {@code tryId}
 * and are numbered by {@code order}. {@code exit} is how the handler ends when it runs to its end: where
 * control goes after the exception is handled. {@code guard} and {@code loop} are the innermost condition
 * and loop the try statement is in (indices into the method's guards and loops, or -1).
 * {@code [finallyStart, finallyEnd)} are the events of the try statement's finally block (empty when it
 * has none).
 */
public record CatchClause(Position pos, List<TypeRef> types, String variable, int tryId, int order,
                          int tryStart, int tryEnd, int handlerStart, int handlerEnd, Exit exit, int guard, int loop,
                          int finallyStart, int finallyEnd) {

    /** How a handler ends: it falls through to the code after the try, or jumps. */
    public enum Exit {
        /** It may run on past the try statement. */
        NORMAL,
        /** It ends with {@code return}: the method ends. */
        RETURN,
        /** It ends with {@code throw}. */
        THROW,
        /** It ends with {@code break}: control leaves the innermost loop (or the labelled one). */
        BREAK,
        /** It ends with {@code continue}: the loop goes round again. */
        CONTINUE
    }

    public CatchClause {
        types = List.copyOf(types);
    }

    public boolean catches(String simpleName) {
        for (TypeRef type : types) {
            if (type.simpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the event at {@code index} is in the handler. */
    public boolean inHandler(int index) {
        return index >= handlerStart && index < handlerEnd;
    }

    /** Whether the event at {@code index} is in the finally block of this clause's try statement. */
    public boolean inFinally(int index) {
        return index >= finallyStart && index < finallyEnd;
    }

    /** This clause with the events of its try statement's finally block. */
    public CatchClause withFinally(int start, int end) {
        return new CatchClause(pos, types, variable, tryId, order, tryStart, tryEnd, handlerStart, handlerEnd, exit, guard,
                loop, start, end);
    }

    /** Whether the event at {@code index} is in the try block. */
    public boolean inTry(int index) {
        return index >= tryStart && index < tryEnd;
    }
}
