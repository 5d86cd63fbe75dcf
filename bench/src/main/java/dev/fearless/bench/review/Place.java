package dev.fearless.bench.review;

/**
 * Where a finding is, as verdicts are keyed: the review group, the file (relative to the corpus
 * folder), the line and the enclosing member. Messages are left out so a verdict survives a reworded
 * message; the corpus is pinned, so lines do not move.
 */
record Place(ReviewGroup group, String path, int line, String member) implements Comparable<Place> {

    @Override
    public int compareTo(Place o) {
        int c = group.compareTo(o.group);
        c = c != 0 ? c : path.compareTo(o.path);
        c = c != 0 ? c : Integer.compare(line, o.line);
        return c != 0 ? c : member.compareTo(o.member);
    }

    @Override
    public String toString() {
        return group.label() + " " + path + ":" + line + " " + member;
    }
}
