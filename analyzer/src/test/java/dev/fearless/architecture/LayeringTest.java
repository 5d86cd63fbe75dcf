package dev.fearless.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers honest with a scan of the main sources: syntax trees stay in the parse and extract
 * stages (rules see facts, never syntax); the scan service and the configuration are the analyzer's top
 * layer, free of front-end types, and the front ends reach {@code fearless.yml} only through the
 * service; no class is a grab bag named Util, Helper or Manager.
 */
class LayeringTest {

    /** The project folder: the analyzer module's parent (Maven runs tests in the module folder). */
    private static final Path PROJECT = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize().getParent();
    private static final Pattern JAVAPARSER = Pattern.compile("\\bcom\\.github\\.javaparser\\b");
    private static final Pattern FRONT_END = Pattern.compile("\\b(picocli|org\\.apache\\.maven)\\.");
    private static final Pattern YAML = Pattern.compile("\\borg\\.yaml\\.");
    private static final Pattern SERVICE = Pattern.compile("\\bimport dev\\.fearless\\.(scan|config)\\.");
    private static final Pattern CONFIG_READER = Pattern.compile("\\b(ProjectConfigReader|org\\.yaml)\\b");
    private static final Pattern GRAB_BAG = Pattern.compile(
            "\\b(class|interface|record|enum)\\s+\\w*(Util|Helper|Manager)\\w*");

    private static List<Path> sources(String module) {
        Path root = PROJECT.resolve(module).resolve("src/main/java");
        assertTrue(Files.isDirectory(root), () -> "no sources at " + root);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean mentionsJavaParser(Path file) {
        return JAVAPARSER.matcher(read(file)).find();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return PROJECT.relativize(file).toString().replace('\\', '/');
    }

    @Test
    void onlyParseAndExtract_useJavaParser() {
        List<String> offenders = Stream.of("analyzer", "cli").flatMap(m -> sources(m).stream())
                .filter(LayeringTest::mentionsJavaParser)
                .map(LayeringTest::relative)
                .filter(p -> !p.contains("/dev/fearless/parse/") && !p.contains("/dev/fearless/extract/"))
                .toList();
        assertEquals(List.of(), offenders);
    }

    @Test
    void rules_neverUseJavaParser() {
        List<Path> rules = sources("rules");
        assertTrue(rules.size() > 5, "the rules module should have sources");
        assertEquals(List.of(), rules.stream().filter(LayeringTest::mentionsJavaParser).map(LayeringTest::relative).toList());
    }

    private static List<String> matching(Stream<Path> files, Pattern pattern) {
        return files.filter(p -> pattern.matcher(read(p)).find()).map(LayeringTest::relative).toList();
    }

    @Test
    void analyzer_usesNoFrontEndTypes() {
        assertEquals(List.of(), matching(sources("analyzer").stream(), FRONT_END));
    }

    @Test
    void onlyTheConfigurationReader_usesYaml() {
        assertEquals(List.of(), matching(sources("analyzer").stream(), YAML).stream()
                .filter(p -> !p.contains("/dev/fearless/config/")).toList());
    }

    @Test
    void scanAndConfig_areTheTopLayer_ofTheAnalyzer() {
        List<String> below = matching(sources("analyzer").stream(), SERVICE).stream()
                .filter(p -> !p.contains("/dev/fearless/scan/") && !p.contains("/dev/fearless/config/")).toList();
        assertEquals(List.of(), below, "the engine below the scan service does not depend on it");
        List<String> config = matching(sources("analyzer").stream()
                .filter(p -> relative(p).contains("/dev/fearless/config/")), Pattern.compile("\\bdev\\.fearless\\.scan\\."));
        assertEquals(List.of(), config, "the configuration does not depend on the scan");
    }

    @Test
    void frontEnds_readTheConfigurationOnlyThroughTheScanService() {
        List<String> offenders = matching(Stream.of("cli", "maven-plugin").flatMap(m -> sources(m).stream()),
                CONFIG_READER);
        assertEquals(List.of(), offenders);
    }

    @Test
    void noMainClass_isNamedUtilHelperOrManager() {
        List<String> offenders = Stream.of("analyzer", "rules", "cli", "maven-plugin", "bench").flatMap(m -> sources(m).stream())
                .filter(p -> p.getFileName().toString().matches(".*(Util|Helper|Manager).*")
                        || GRAB_BAG.matcher(read(p)).find())
                .map(LayeringTest::relative)
                .toList();
        assertEquals(List.of(), offenders);
    }
}
