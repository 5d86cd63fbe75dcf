package dev.fearless.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.fearless.rule.JavaRelease;
import dev.fearless.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fearless.yml}: every key read, and every mistake named. */
class ProjectConfigReaderTest {

    private static final Set<String> RULES = Set.of("UnguardedRead", "EmptySynchronized");

    @TempDir
    Path dir;

    private ProjectConfig read(String yaml) throws IOException, ConfigException {
        return ProjectConfigReader.read(Files.writeString(dir.resolve("fearless.yml"), yaml), RULES);
    }

    private String problem(String yaml) {
        return assertThrows(ConfigException.class, () -> read(yaml)).getMessage();
    }

    @Test
    void everyKey_isRead() throws Exception {
        ProjectConfig config = read("""
                failOn: Note
                threads: 3
                exclude: ["**/generated/**"]
                rules:
                  enable: [UnguardedRead, EmptySynchronized]
                  disable: [EmptySynchronized]
                  severity: {UnguardedRead: error}
                knowledge:
                  threadSafe: [com.acme.Safe]
                  immutable: [com.acme.Money]
                  notThreadSafe: [com.acme.Buffer]
                  locks: [{type: com.acme.Spin, acquire: [lock], release: [unlock], tryAcquire: [tryLock]}]
                  threadEntryPoints: [com.acme.Pool#submit]
                  blocking: [com.acme.Client#call]
                  handoff: [com.acme.Mailbox#send]
                """);
        assertEquals(FailOn.NOTE, config.failOn());
        assertEquals(3, config.threads());
        assertEquals(List.of("**/generated/**"), config.excludes());
        assertEquals(List.of("UnguardedRead", "EmptySynchronized"), config.enable());
        assertEquals(List.of("EmptySynchronized"), config.disable());
        assertEquals(Map.of("UnguardedRead", Severity.ERROR), config.severities());
        assertEquals(List.of("type\tcom.acme.Safe\tthreadsafe", "type\tcom.acme.Money\timmutable",
                "type\tcom.acme.Buffer\tunsafe", "type\tcom.acme.Spin\tlock threadsafe",
                "method\tcom.acme.Spin#lock\tlock-acquire", "method\tcom.acme.Spin#unlock\tlock-release",
                "method\tcom.acme.Spin#tryLock\tlock-try", "method\tcom.acme.Pool#submit\truns-elsewhere",
                "method\tcom.acme.Client#call\tblocking", "method\tcom.acme.Mailbox#send\thandoff"), config.knowledge());
    }

    @Test
    void javaRelease_isANumberOrText_andTheOldStyleMeansItsFeatureRelease() throws Exception {
        assertEquals(JavaRelease.of(21), read("javaRelease: 21\n").javaRelease());
        assertEquals(JavaRelease.of(25), read("javaRelease: \"25\"\n").javaRelease());
        assertEquals(JavaRelease.of(8), read("javaRelease: 1.8\n").javaRelease());
        assertEquals(JavaRelease.UNKNOWN, read("threads: 2\n").javaRelease());
        assertEquals("fearless.yml: javaRelease: expected a Java release such as 17, 21 or 25, not 'latest'",
                problem("javaRelease: latest\n"));
    }

    @Test
    void anEmptyFile_isAnEmptyConfiguration() throws Exception {
        assertEquals(ProjectConfig.EMPTY, read(""));
    }

    @Test
    void mistakes_nameTheKeyAndWhatWasExpected() {
        assertEquals("fearless.yml: rules: unknown key 'disabel' (known: disable, enable, severity)",
                problem("rules:\n  disabel: [EmptySynchronized]\n"));
        assertEquals("fearless.yml: failOn: expected error, warning, note or never, not 'warnings'",
                problem("failOn: warnings\n"));
        assertEquals("fearless.yml: rules.severity.UnguardedRead: expected error, warning or note, not 'info'",
                problem("rules: {severity: {UnguardedRead: info}}\n"));
        assertEquals("fearless.yml: knowledge.blocking: 'com.acme.Client.call' is not a method (com.acme.Type#method)",
                problem("knowledge: {blocking: [com.acme.Client.call]}\n"));
        assertEquals("fearless.yml: threads: expected a whole number of at least 1", problem("threads: 0\n"));
        assertEquals("fearless.yml: rules.enable: unknown rule 'Nope'; 'fearless rules' lists them",
                problem("rules: {enable: [Nope]}\n"));
    }

    @Test
    void aKeyGivenTwice_isAnError_namingItsPathAndBothLines() {
        assertEquals("fearless.yml: failOn: duplicate key (lines 1 and 3); give it once",
                problem("failOn: never\nthreads: 2\nfailOn: error\n"));
        assertEquals("fearless.yml: rules.disable: duplicate key (lines 2 and 4); give it once",
                problem("rules:\n  disable: [EmptySynchronized]\n  enable: [UnguardedRead]\n  disable: [UnguardedRead]\n"));
        assertEquals("fearless.yml: knowledge.locks[1].acquire: duplicate key (lines 4 and 4); give it once",
                problem("knowledge:\n  locks:\n    - {type: com.acme.A, acquire: [lock]}\n"
                        + "    - {type: com.acme.B, acquire: [lock], acquire: [take]}\n"));
        assertEquals("fearless.yml: rules.severity.UnguardedRead: duplicate key (lines 1 and 1); give it once",
                problem("rules: {severity: {UnguardedRead: note, UnguardedRead: error}}\n"));
    }

    @Test
    void invalidYaml_isNamedLikeEveryOtherMistake_withTheFileNameAndAPosition() {
        assertEquals("fearless.yml: not valid YAML at line 2, column 7: mapping values are not allowed here",
                problem("rules:\n  a: b: c\n"));
        assertEquals("fearless.yml: not valid YAML at line 1, column 12: "
                        + "expected ',' or ']', but got <stream end>",
                problem("exclude: [a"));
    }

    @Test
    void anUnreadableFile_isNamedByItsFileName() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ProjectConfigReader.read(dir.resolve("missing.yml"), RULES));
        assertEquals("missing.yml: cannot read: no such file", e.getMessage());
    }
}
