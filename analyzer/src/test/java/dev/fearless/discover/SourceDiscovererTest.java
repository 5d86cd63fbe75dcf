package dev.fearless.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a scan sees: Java sources only, sorted, without build output, exclusions or escaping links. */
class SourceDiscovererTest {

    @TempDir
    Path root;

    private Path file(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "class X {}\n");
        return p;
    }

    private List<String> discover(List<String> excludes) {
        Discovery d = new SourceDiscoverer(excludes).discover(List.of(root), root);
        assertEquals(List.of(), d.problems());
        return d.files().stream().map(SourceFile::displayPath).toList();
    }

    private List<String> discover() {
        return discover(List.of());
    }

    private static void symlinkOrSkip(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Assumptions.abort("symbolic links are not supported here: " + e);
        }
    }

    @Test
    void onlyJavaFiles_areFound() throws IOException {
        file("src/A.java");
        file("src/notes.txt");
        file("src/B.java.bak");
        file("src/Kotlin.kt");
        assertEquals(List.of("src/A.java"), discover());
    }

    @Test
    void displayPaths_areRelativeWithSlashes_andSorted() throws IOException {
        file("z/Z.java");
        file("a/b/B.java");
        file("a/A.java");
        file("M.java");
        assertEquals(List.of("M.java", "a/A.java", "a/b/B.java", "z/Z.java"), discover());
    }

    @Test
    void buildOutputAndVersionControl_areSkipped() throws IOException {
        file("src/A.java");
        file("target/generated-sources/G.java");
        file("build/B.java");
        file(".git/hooks/H.java");
        file("module/target/T.java");
        assertEquals(List.of("src/A.java"), discover());
    }

    @Test
    void excludeGlobForAFolderAnywhere_skipsItsFiles() throws IOException {
        file("src/A.java");
        file("src/generated/G.java");
        file("generated/Top.java");
        file("src/deep/generated/more/M.java");
        assertEquals(List.of("src/A.java"), discover(List.of("**/generated/**")));
    }

    @Test
    void excludeGlobForAFileName_matchesInEveryFolder() throws IOException {
        file("src/Service.java");
        file("src/ServiceTest.java");
        file("test/deep/OtherTest.java");
        assertEquals(List.of("src/Service.java"), discover(List.of("*Test.java")));
    }

    @Test
    void singleFileInput_isFound_andNonJavaFileInputIsIgnored() throws IOException {
        Path a = file("src/A.java");
        Path txt = file("src/readme.txt");
        Discovery d = new SourceDiscoverer(List.of()).discover(List.of(a, txt), root);
        assertEquals(List.of("src/A.java"), d.files().stream().map(SourceFile::displayPath).toList());
    }

    @Test
    void sameFileGivenTwice_isFoundOnce() throws IOException {
        Path a = file("src/A.java");
        Discovery d = new SourceDiscoverer(List.of()).discover(List.of(a, root.resolve("src"), a), root);
        assertEquals(1, d.files().size());
    }

    @Test
    void missingInput_isReportedUnreadable() {
        Discovery d = new SourceDiscoverer(List.of()).discover(List.of(root.resolve("nope")), root);
        assertEquals(List.of(), d.files());
        assertEquals(1, d.problems().size());
        assertEquals(FileProblem.Kind.UNREADABLE, d.problems().get(0).kind());
    }

    @Test
    void symlinkInsideTheRoot_isFollowed() throws IOException {
        Path real = file("shared/Real.java");
        Files.createDirectories(root.resolve("src"));
        symlinkOrSkip(root.resolve("src/Linked.java"), real);
        Discovery d = new SourceDiscoverer(List.of()).discover(List.of(root.resolve("src")), root);
        assertEquals(List.of("src/Linked.java"), d.files().stream().map(SourceFile::displayPath).toList());
    }

    @Test
    void fileReachedTwiceThroughALink_isAnalysedOnceUnderItsFirstPath() throws IOException {
        Path real = file("shared/Real.java");
        Files.createDirectories(root.resolve("src"));
        symlinkOrSkip(root.resolve("src/Linked.java"), real);
        assertEquals(List.of("shared/Real.java"), discover());
    }

    @Test
    void symlinkedFolderInsideTheRoot_isFollowed() throws IOException {
        file("lib/L.java");
        Files.createDirectories(root.resolve("src"));
        symlinkOrSkip(root.resolve("src/lib"), root.resolve("lib"));
        Discovery d = new SourceDiscoverer(List.of()).discover(List.of(root.resolve("src")), root);
        assertEquals(List.of("src/lib/L.java"), d.files().stream().map(SourceFile::displayPath).toList());
    }

    @Test
    void symlinkToAFolderOutsideTheRoot_isNotFollowed(@TempDir Path outside) throws IOException {
        file("src/A.java");
        Files.writeString(outside.resolve("Outside.java"), "class Outside {}\n");
        symlinkOrSkip(root.resolve("src/escape"), outside);
        assertEquals(List.of("src/A.java"), discover());
    }

    @Test
    void symlinkToAFileOutsideTheRoot_isNotFollowed(@TempDir Path outside) throws IOException {
        file("src/A.java");
        Path target = Files.writeString(outside.resolve("Outside.java"), "class Outside {}\n");
        symlinkOrSkip(root.resolve("src/Outside.java"), target);
        assertEquals(List.of("src/A.java"), discover());
    }
}
