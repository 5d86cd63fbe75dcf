package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TunedJvmTest {

    private static final Path JAR = Path.of("/opt/fearless/fearless.jar");

    @Test
    void plainJavaJarScan_runsInJvmWithLauncherOptions() {
        List<String> command = TunedJvm.command("/usr/bin/java", JAR, List.of(), new String[] {"scan", "src"}).orElseThrow();
        assertEquals(List.of("/usr/bin/java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xss4m", "-cp",
                JAR.toString(), "dev.fearless.cli.Main", "scan", "src"), command);
    }

    @Test
    void jvmWithOptionsOfItsOwn_isLeftAsItIs() {
        assertTrue(TunedJvm.command("/usr/bin/java", JAR, List.of("-Xmx1g"), new String[] {"scan"}).isEmpty());
    }

    @Test
    void otherCommandsAndClassFolders_runHere() {
        assertTrue(TunedJvm.command("/usr/bin/java", JAR, List.of(), new String[] {"lsp"}).isEmpty());
        assertTrue(TunedJvm.command("/usr/bin/java", JAR, List.of(), new String[] {}).isEmpty());
        assertTrue(TunedJvm.command("/usr/bin/java", null, List.of(), new String[] {"scan"}).isEmpty());
    }

    @Test
    void launcherScript_setsTheSameOptions() throws java.io.IOException {
        String script = java.nio.file.Files.readString(Path.of(System.getProperty("basedir", ".")).resolve("../fearless"));
        assertTrue(script.contains("opts=\"" + String.join(" ", TunedJvm.SCAN_OPTIONS) + "\""),
                "the fearless launcher and TunedJvm.SCAN_OPTIONS disagree");
    }
}
