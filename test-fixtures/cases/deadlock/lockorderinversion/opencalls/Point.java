package deadlock.lockorderinversion.opencalls;

/** An immutable map position. */
public record Point(int x, int y) {
}
