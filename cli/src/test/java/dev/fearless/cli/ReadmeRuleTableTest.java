package dev.fearless.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's rule table is the catalogue as {@code fearless rules --markdown} prints it, row for row. */
class ReadmeRuleTableTest {

    private static final Path README = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize()
            .getParent().resolve("README.md");

    @Test
    void readmeRuleTable_isWhatRulesMarkdownPrints() throws IOException {
        List<String> printed = Cli.run("rules", "--markdown").outLines();
        assertFalse(printed.isEmpty(), "fearless rules --markdown printed nothing");
        List<String> readme = Files.readAllLines(README);
        int start = readme.indexOf(printed.get(0));
        assertFalse(start < 0, "README.md has no rule table starting with: " + printed.get(0));
        int end = start;
        while (end < readme.size() && readme.get(end).startsWith("|")) {
            end++;
        }
        assertEquals(String.join("\n", printed), String.join("\n", readme.subList(start, end)),
                "README.md's rule table differs from `fearless rules --markdown`: paste its output into the README");
    }
}
