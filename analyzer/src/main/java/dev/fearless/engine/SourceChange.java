package dev.fearless.engine;

import java.nio.file.Path;

/**
 * A source file of a {@link Workspace} that changed: its new text (an editor's buffer, saved or not), or
 * {@code null} to read it again from the disk, where a file that is gone leaves the workspace.
 */
public record SourceChange(Path file, String text) {

    public SourceChange {
        file = file.toAbsolutePath().normalize();
    }

    /** The file now has this text (whatever the disk holds). */
    public static SourceChange text(Path file, String text) {
        if (text == null) {
            throw new IllegalArgumentException("no text for " + file);
        }
        return new SourceChange(file, text);
    }

    /** The file is what the disk holds (it was saved, closed without saving, created or deleted). */
    public static SourceChange disk(Path file) {
        return new SourceChange(file, null);
    }

    /** Whether the text comes from the disk. */
    public boolean fromDisk() {
        return text == null;
    }
}
