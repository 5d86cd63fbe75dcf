package dev.fearless.facts;

import java.util.List;

/**
 * A catch clause: the types it catches, and the events of its try block and of its handler as index
 * ranges {@code [start, end)} into {@link MethodFacts#events()}. Clauses of one try share {@code tryId}
 * and are numbered by {@code order}.
 */
public record CatchClause(Position pos, List<TypeRef> types, String variable, int tryId, int order,
                          int tryStart, int tryEnd, int handlerStart, int handlerEnd) implements java.io.Serializable {

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
}
