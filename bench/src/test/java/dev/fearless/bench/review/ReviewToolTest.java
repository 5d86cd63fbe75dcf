package dev.fearless.bench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.fearless.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewToolTest {

    @TempDir
    Path dir;

    @Test
    void sample_isTheSameForTheSameSeed_andDiffersForAnother() {
        List<ReviewFinding> findings = findings(60);
        List<ReviewFinding> a = Sampler.draw(findings, List.of(ReviewGroup.RACES, ReviewGroup.MISUSE), 5, 7, false);
        List<ReviewFinding> shuffled = new ArrayList<>(findings);
        java.util.Collections.reverse(shuffled);
        List<ReviewFinding> b = Sampler.draw(shuffled, List.of(ReviewGroup.RACES, ReviewGroup.MISUSE), 5, 7, false);
        List<ReviewFinding> c = Sampler.draw(findings, List.of(ReviewGroup.RACES, ReviewGroup.MISUSE), 5, 8, false);
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertEquals(10, a.size());
    }

    @Test
    void unknownGroup_isRejectedWithTheGroupsThereAre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReviewGroup.parse("publication"));
        assertEquals("unknown group 'publication' (groups: races, deadlock, misuse)", e.getMessage());
        assertEquals(ReviewGroup.MISUSE, ReviewGroup.parse(" Misuse "));
    }

    @Test
    void allCycles_drawsEveryLockOrderCycleBesideTheQuota() {
        List<ReviewFinding> findings = new ArrayList<>(findings(30));
        for (int i = 0; i < 4; i++) {
            findings.add(finding("LockOrderInversion", ReviewGroup.DEADLOCK, "Cycle" + i + ".java", 10));
        }
        List<ReviewFinding> sample = Sampler.draw(findings, List.of(ReviewGroup.DEADLOCK), 3, 1, true);
        assertEquals(4, sample.stream().filter(f -> f.ruleId().equals("LockOrderInversion")).count());
        assertEquals(7, sample.size());
    }

    @Test
    void recall_countsBugsFoundNearTheirLine_andLookAlikesReported() throws IOException {
        Files.writeString(dir.resolve("Race.java"), "// EXPECT: race-write @ line 10\n// EXPECT: atomicity @ line 20\nclass Race {}\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Fine.java"), "// EXPECT: none\nclass Fine {}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Quiet.java"), "// EXPECT: none\nclass Quiet {}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("Unlabelled.java"), "class Unlabelled {}\n", StandardCharsets.UTF_8);
        List<RecallSuite.Case> cases = RecallSuite.read(dir);
        assertEquals(3, cases.size(), cases::toString);
        String score = RecallSuite.score(cases, List.of(finding("UnguardedWrite", ReviewGroup.RACES, "Race.java", 12),
                finding("CheckThenAct", ReviewGroup.RACES, "Race.java", 30),
                finding("IgnoredFuture", ReviewGroup.MISUSE, "Fine.java", 5)));
        assertTrue(score.contains("found   Race.java:10"), score);
        assertTrue(score.contains("ELSEWHERE Race.java:20"), score);
        assertTrue(score.contains("FALSE   Fine.java  (IgnoredFuture:5)"), score);
        assertTrue(score.contains("ok      Quiet.java"), score);
        assertTrue(score.endsWith("bugs found: 1 of 2; look-alikes with a finding: 1 of 2\n"), score);
    }

    @Test
    void verdicts_keepTheLatestJudgementOfAPlace() throws IOException {
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, Verdicts.HEADER + "\n"
                + "races\ta/B.java\t12\tp.B.m\tUnguardedRead\tFALSE\tevery caller holds the lock\tfirst\n"
                + "races\ta/B.java\t12\tp.B.m\tUnguardedRead\tTRUE-LOW\tstatistics counter\tsecond\n", StandardCharsets.UTF_8);
        Verdicts v = Verdicts.read(file);
        Place place = new Place(ReviewGroup.RACES, "a/B.java", 12, "p.B.m");
        assertEquals(Verdict.TRUE_LOW, v.of(place).orElseThrow().verdict());
    }

    @Test
    void lost_listsRealPlacesNoLongerReported_butNotThoseRecordedAsMoved() throws IOException {
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, Verdicts.HEADER + "\n"
                + "races\ta/B.java\t12\tp.B.m\tUnguardedRead\tTRUE\tstale read\tfirst\n"
                + "races\ta/B.java\t20\tp.B.n\tUnguardedRead\tTRUE-LOW\tstale getter\tfirst\n"
                + "races\ta/B.java\t30\tp.B.o\tUnguardedRead\tFALSE\tevery caller holds the lock\tfirst\n"
                + "races\ta/B.java\t20\tp.B.n\tUnguardedRead\tTRUE-LOW\tnow reported at B.java:40\tmoved-2026-12-06\n"
                + "races\ta/B.java\t40\tp.B.m\tUnguardedRead\tTRUE-LOW\tstale getter\tmoved-2026-12-06\n",
                StandardCharsets.UTF_8);
        List<Judgement> lost = ReviewMain.lost(List.of(finding("UnguardedRead", ReviewGroup.RACES, "a/B.java", 40)),
                Verdicts.read(file));
        assertEquals(List.of(12), lost.stream().map(j -> j.place().line()).toList());
    }

    @Test
    void blindSample_leavesOutTheVerdictsEarlierSamplesGave() throws IOException {
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, "races\ta/B.java\t12\tp.B.m\tUnguardedRead\tFALSE\tevery caller holds the lock\tfirst\n",
                StandardCharsets.UTF_8);
        List<ReviewFinding> sample = List.of(finding("UnguardedRead", ReviewGroup.RACES, "a/B.java", 12));
        SampleWriter writer = new SampleWriter(dir);
        String seen = writer.write("t", "s", sample, Verdicts.read(file));
        String blind = writer.write("t", "s", sample, Verdicts.empty());
        assertTrue(seen.contains("Judged before (first): FALSE — every caller holds the lock"), seen);
        assertFalse(blind.contains("Judged before"), blind);
        assertTrue(blind.contains("UnguardedRead\t?\tREASON\ts"), blind);
    }

    @Test
    void verdicts_rejectAnUnknownVerdict_withTheLine() throws IOException {
        Path file = dir.resolve("verdicts.tsv");
        Files.writeString(file, "races\ta/B.java\t12\tp.B.m\tUnguardedRead\tMAYBE\tx\ts\n", StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> Verdicts.read(file));
        assertTrue(e.getMessage().contains(":1:"), e.getMessage());
    }

    @Test
    void precision_countsRealFindings_andGivesALevelOnlyWithEnoughJudged() throws IOException {
        Path file = dir.resolve("verdicts.tsv");
        StringBuilder text = new StringBuilder();
        String[] verdicts = {"TRUE", "TRUE-LOW", "TRUE", "FALSE", "TRUE", "TRUE", "TRUE", "TRUE"};
        for (int i = 0; i < verdicts.length; i++) {
            text.append("races\ta/B.java\t").append(i + 1).append("\tp.B.m\tUnguardedRead\t").append(verdicts[i])
                    .append("\tr\ts1\n");
        }
        text.append("misuse\ta/C.java\t1\tp.C.m\tThisEscape\tFALSE\tr\ts1\n");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<ReviewFinding> sample = new ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            sample.add(finding("UnguardedRead", ReviewGroup.RACES, "a/B.java", i + 1));
        }
        sample.add(new ReviewFinding("ThisEscape", "warning", new Place(ReviewGroup.MISUSE, "a/C.java", 1, "p.C.m"), 1, "m",
                List.of(), List.of()));
        sample.add(finding("ThisEscape", ReviewGroup.MISUSE, "a/D.java", 3));
        SampleList.write(dir.resolve("s1.tsv"), sample);
        String table = ReviewMain.precision(Map.of("sample", "s1", "samples", dir.toString()), Verdicts.read(file),
                RuleCatalog.all());
        assertTrue(table.contains("| `UnguardedRead` | 8 | 8 | 6 | 1 | 1 | 0 | 88 % | 75 % | high |"), table);
        assertTrue(table.contains("| `ThisEscape` | 2 | 1 | 0 | 0 | 1 | 0 | 0 % | 0 % | — |"), table);
    }

    private static List<ReviewFinding> findings(int n) {
        List<ReviewFinding> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ReviewGroup g = ReviewGroup.values()[i % 3];
            result.add(finding(g == ReviewGroup.RACES ? "UnguardedRead" : g == ReviewGroup.DEADLOCK ? "BlockingUnderLock"
                    : "ThisEscape", g, "F" + i + ".java", i + 1));
        }
        return result;
    }

    private static ReviewFinding finding(String rule, ReviewGroup g, String path, int line) {
        return new ReviewFinding(rule, "warning", new Place(g, path, line, "p.B.m"), 1, "message " + line, List.of(),
                List.of());
    }

    @Test
    void theShippedPrecisionLevels_areThoseOfTheirRecordedSample() throws IOException {
        Path project = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().getParent();
        Path shipped = project.resolve("rules/src/main/resources/rules/precision.tsv");
        String text = Files.readString(shipped, StandardCharsets.UTF_8);
        String sample = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).findFirst().orElseThrow()
                .split("\t")[5];
        Verdicts verdicts = Verdicts.read(project.resolve("bench/reviews/verdicts.tsv"));
        assertEquals(ReviewMain.levels(sample, project.resolve("bench/reviews/samples"), verdicts), text,
                "rules/precision.tsv must be what 'bench/review.sh levels --sample " + sample + "' writes");
    }
}
