package dev.fearless.facts;

import dev.fearless.facts.Position;

/** A place in the scanned sources with what it shows: a file path (relative to the scan root), a range, a note. */
public record Location(String path, Position pos, String message) implements Comparable<Location> {

    @Override
    public int compareTo(Location o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : pos.compareTo(o.pos);
    }
}
