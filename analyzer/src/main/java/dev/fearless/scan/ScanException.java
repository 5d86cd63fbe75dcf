package dev.fearless.scan;

/**
 * A scan that cannot start: a missing or invalid configuration file, an unknown rule id, an unreadable
 * baseline. The message says what and where; front ends show it as a usage error.
 */
public class ScanException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScanException(String message) {
        super(message);
    }

    public ScanException(String message, Throwable cause) {
        super(message, cause);
    }
}
