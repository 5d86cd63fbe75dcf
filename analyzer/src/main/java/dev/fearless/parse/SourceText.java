package dev.fearless.parse;

import java.nio.charset.Charset;

/** The text of a source file and the charset it was decoded with. */
public record SourceText(String content, Charset charset) {
}
