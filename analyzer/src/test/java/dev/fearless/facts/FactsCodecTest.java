package dev.fearless.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.extract.FactExtractor;
import dev.fearless.knowledge.KnowledgeBase;
import dev.fearless.parse.JavaSourceParser;
import dev.fearless.parse.ParseOutcome;
import dev.fearless.parse.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache's format gives back exactly the facts it was given, and rejects anything else. */
class FactsCodecTest {

    private static List<FileFacts> real;

    @BeforeAll
    static void extract() throws IOException {
        real = realFacts();
    }

    /** The analyzer's own sources and every fixture: all the kinds of facts the extractor makes. */
    private static List<FileFacts> realFacts() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(Path.of("src/main/java"), Path.of("../test-fixtures/cases"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
                }
            }
        }
        assertTrue(files.size() > 100, "sources to encode: " + files.size());
        FactExtractor extractor = new FactExtractor(KnowledgeBase.jdk());
        JavaSourceParser parser = new JavaSourceParser();
        List<FileFacts> facts = new ArrayList<>();
        for (Path file : files) {
            ParseOutcome parsed = parser.parse(SourceReader.decode(Files.readAllBytes(file)));
            if (parsed.succeeded()) {
                facts.add(extractor.extract(parsed, file.toString()));
            }
        }
        return facts;
    }

    @Test
    void everyFileOfRealCode_comesBackEqual() {
        for (FileFacts facts : real) {
            assertEquals(facts, FactsCodec.decode(FactsCodec.encode(facts)), facts.path());
        }
    }

    @Test
    void theEmptyLockSet_staysTheSharedInstance() {
        for (FileFacts facts : real) {
            for (TypeFacts type : FactsCodec.decode(FactsCodec.encode(facts)).types()) {
                for (MethodFacts method : type.methods()) {
                    for (Event event : method.events()) {
                        if (event.held().isEmpty()) {
                            assertSame(LockSet.EMPTY, event.held());
                        }
                    }
                }
            }
        }
    }

    @Test
    void aStringWrittenTwice_isStoredOnce() {
        String name = "a.very.long.package.name.that.repeats";
        FileFacts once = new FileFacts("A.java", name, List.of(), List.of(), List.of(), 1);
        FileFacts twice = new FileFacts("A.java", name,
                List.of(new ImportFacts(name, false, true)), List.of(), List.of(), 1);
        int extra = FactsCodec.encode(twice).length - FactsCodec.encode(once).length;
        assertTrue(extra < 8, "an import of a name already written costs " + extra + " bytes");
    }

    @Test
    void damagedBytes_areRejected_neverMisread() {
        FileFacts facts = new FileFacts("A.java", "a", List.of(new ImportFacts("java.util.List", false, false)),
                List.of(), List.of(), 3);
        byte[] good = FactsCodec.encode(facts);
        assertThrows(FactsCodec.FormatException.class, () -> FactsCodec.decode(Arrays.copyOf(good, good.length - 1)));
        assertThrows(FactsCodec.FormatException.class, () -> FactsCodec.decode(Arrays.copyOf(good, good.length + 1)));
        assertThrows(FactsCodec.FormatException.class, () -> FactsCodec.decode(new byte[0]));
        byte[] otherVersion = good.clone();
        otherVersion[5] ^= 1;
        assertThrows(FactsCodec.FormatException.class, () -> FactsCodec.decode(otherVersion));
        for (int i = 8; i < good.length; i++) {
            byte[] flipped = good.clone();
            flipped[i] ^= (byte) 0x80;
            try {
                FactsCodec.decode(flipped);
            } catch (FactsCodec.FormatException expected) {
                // the usual outcome; any other exception fails the test
            }
        }
    }

    @Test
    void aHugeCount_isRejectedWithoutAllocatingIt() {
        byte[] good = FactsCodec.encode(new FileFacts("A.java", "a", List.of(), List.of(), List.of(), 1));
        // header (8 bytes), path and package strings (1 + 1 + 6 and 1 + 1 + 1), then the imports' count
        byte[] huge = Arrays.copyOf(good, 17 + 5);
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07}, 0, huge, 17, 5);
        FactsCodec.FormatException e = assertThrows(FactsCodec.FormatException.class, () -> FactsCodec.decode(huge));
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
    }

    @Test
    void valuesNestedBeyondTheLimit_areRejected() {
        Value nested = Value.Other.INSTANCE;
        for (int i = 0; i < 300; i++) {
            nested = new Value.Element(nested);
        }
        FieldFacts field = new FieldFacts("f", TypeRef.UNKNOWN, 0, List.of(), nested, Position.UNKNOWN, Position.UNKNOWN);
        TypeFacts type = new TypeFacts("a.A", "A", TypeFacts.Kind.CLASS, 0, List.of(), TypeRef.UNKNOWN, List.of(), "",
                false, -1, Dispatch.NONE, Position.UNKNOWN, Position.UNKNOWN, List.of(field), List.of(), Contract.NONE);
        byte[] deep = FactsCodec.encode(new FileFacts("A.java", "a", List.of(), List.of(type), List.of(), 1));
        FactsCodec.FormatException e = assertThrows(FactsCodec.FormatException.class, () -> FactsCodec.decode(deep));
        assertTrue(e.getMessage().contains("too deep"), e.getMessage());
    }
}
