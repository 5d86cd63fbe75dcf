package dev.fearless.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
