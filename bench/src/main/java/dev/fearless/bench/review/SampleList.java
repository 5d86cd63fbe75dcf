package dev.fearless.bench.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The places of one drawn sample, {@code bench/reviews/samples/<name>.tsv} (group, path, line, member,
 * rule), so a sample can be tallied later from the verdicts of its places, wherever they were judged.
 */
final class SampleList {

    private SampleList() {
    }

    static void write(Path file, List<ReviewFinding> sample) throws IOException {
        StringBuilder text = new StringBuilder("# group\tpath\tline\tmember\trule\n");
        for (ReviewFinding f : sample) {
            Place p = f.place();
            text.append(String.join("\t", p.group().label(), p.path(), Integer.toString(p.line()), p.member(), f.ruleId()))
                    .append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The sample's places with the rule that reported each. */
    record Entry(Place place, String ruleId) {
    }

    static List<Entry> read(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length < 5) {
                throw new IOException(file + ":" + number + ": expected 5 tab-separated columns");
            }
            entries.add(new Entry(new Place(ReviewGroup.parse(cells[0]), cells[1], Integer.parseInt(cells[2].trim()),
                    cells[3]), cells[4]));
        }
        return entries;
    }
}
