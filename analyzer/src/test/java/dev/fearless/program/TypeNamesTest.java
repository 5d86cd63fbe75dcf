package dev.fearless.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Types are named in reports as the source writes them, whatever number javac gives a local or anonymous class. */
class TypeNamesTest {

    @Test
    void aClassDeclaredInAMethod_isNamedAsWritten() {
        assertEquals("NamesResolved", TypeInfo.simpleName("io.grpc.internal.ManagedChannelImpl$1NamesResolved"));
        assertEquals("Cache2", TypeInfo.simpleName("p.Outer$12Cache2"));
    }

    @Test
    void nestedAndTopLevelClasses_keepTheirNames_anAnonymousClassItsNumber() {
        assertEquals("Inner", TypeInfo.simpleName("p.Outer$Inner"));
        assertEquals("Outer", TypeInfo.simpleName("p.Outer"));
        assertEquals("Outer", TypeInfo.simpleName("Outer"));
        assertEquals("1", TypeInfo.simpleName("p.Outer$1"));
    }
}
