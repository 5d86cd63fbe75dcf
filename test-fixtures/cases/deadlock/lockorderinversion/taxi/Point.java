package deadlock.lockorderinversion.taxi;

/** An immutable map position. */
public record Point(int x, int y) {
}
