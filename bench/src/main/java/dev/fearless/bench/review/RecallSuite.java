package dev.fearless.bench.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A labelled suite of small programs (bench/recall/): each file starts with lines
 * {@code // EXPECT: <category> @ line <N>} naming the bugs it holds, or {@code // EXPECT: none} for a
 * correct look-alike. Scored against a scan of the suite: a bug counts as found when a finding is
 * within {@link #SLACK} lines of it, and a look-alike with any finding is a false report.
 */
final class RecallSuite {

    /** How far a finding may be from the labelled line and still find the bug (the other end of a race, the check of a check-then-act). */
    static final int SLACK = 3;

    private static final Pattern EXPECT = Pattern.compile("^// EXPECT: (\\S+)(?: @ line (\\d+))?");

    /** A labelled file: its name (relative to the suite) and the lines of its bugs (none for a look-alike). */
    record Case(String path, List<Integer> bugs) {
    }

    private RecallSuite() {
    }

    static List<Case> read(Path suite) throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(suite)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<Integer> bugs = new ArrayList<>();
                boolean labelled = false;
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    Matcher m = EXPECT.matcher(line);
                    if (!m.find()) {
                        break;
                    }
                    labelled = true;
                    if (m.group(2) != null) {
                        bugs.add(Integer.parseInt(m.group(2)));
                    }
                }
                if (labelled) {
                    cases.add(new Case(suite.relativize(p).toString().replace('\\', '/'), bugs));
                }
            }
        }
        return cases;
    }

    /** The score, per file and in total, as text. */
    static String score(List<Case> cases, List<ReviewFinding> findings) {
        StringBuilder out = new StringBuilder();
        int bugs = 0;
        int found = 0;
        int lookAlikes = 0;
        int falseReports = 0;
        for (Case c : cases) {
            List<ReviewFinding> here = findings.stream().filter(f -> f.place().path().equals(c.path())).toList();
            if (c.bugs().isEmpty()) {
                lookAlikes++;
                falseReports += here.isEmpty() ? 0 : 1;
                out.append(here.isEmpty() ? "ok      " : "FALSE   ").append(c.path()).append(rules(here)).append('\n');
                continue;
            }
            for (int line : c.bugs()) {
                bugs++;
                boolean hit = here.stream().anyMatch(f -> Math.abs(f.place().line() - line) <= SLACK);
                found += hit ? 1 : 0;
                out.append(hit ? "found   " : here.isEmpty() ? "MISSED  " : "ELSEWHERE ").append(c.path()).append(':')
                        .append(line).append(rules(here)).append('\n');
            }
        }
        out.append(String.format("bugs found: %d of %d; look-alikes with a finding: %d of %d%n", found, bugs,
                falseReports, lookAlikes));
        return out.toString();
    }

    private static String rules(List<ReviewFinding> findings) {
        if (findings.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("  (");
        for (int i = 0; i < findings.size(); i++) {
            s.append(i == 0 ? "" : ", ").append(findings.get(i).ruleId()).append(':').append(findings.get(i).place().line());
        }
        return s.append(')').toString();
    }
}
