package dev.fearless.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file whatever its encoding: UTF-8 when it decodes cleanly (a byte order mark is
 * honoured, UTF-16 included), otherwise ISO-8859-1, which maps every byte to a character, so a file
 * written in a legacy encoding is still analysed (only non-ASCII text in literals may look odd).
 */
public final class SourceReader {

    private SourceReader() {
    }

    public static SourceText read(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    public static SourceText decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new SourceText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new SourceText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new SourceText(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new SourceText(text, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Charset latin1 = StandardCharsets.ISO_8859_1;
            return new SourceText(new String(bytes, latin1), latin1);
        }
    }
}
