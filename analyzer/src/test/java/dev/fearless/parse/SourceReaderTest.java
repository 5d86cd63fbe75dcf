package dev.fearless.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Source files are decoded whatever their encoding: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1. */
class SourceReaderTest {

    private static final String SOURCE = "class E { String s = \"caf\u00e9 \u00fc\"; }\n";

    private static byte[] concat(byte[] prefix, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void plainUtf8_isDecodedAsUtf8() {
        SourceText text = SourceReader.decode(SOURCE.getBytes(StandardCharsets.UTF_8));
        assertEquals(SOURCE, text.content());
        assertEquals(StandardCharsets.UTF_8, text.charset());
    }

    @Test
    void utf8WithByteOrderMark_dropsTheMark() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SOURCE.getBytes(StandardCharsets.UTF_8));
        SourceText text = SourceReader.decode(bytes);
        assertEquals(SOURCE, text.content());
        assertEquals(StandardCharsets.UTF_8, text.charset());
    }

    @Test
    void utf16LittleEndianWithByteOrderMark_isDecoded() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SOURCE.getBytes(StandardCharsets.UTF_16LE));
        SourceText text = SourceReader.decode(bytes);
        assertEquals(SOURCE, text.content());
        assertEquals(StandardCharsets.UTF_16LE, text.charset());
    }

    @Test
    void utf16BigEndianWithByteOrderMark_isDecoded() {
        byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SOURCE.getBytes(StandardCharsets.UTF_16BE));
        SourceText text = SourceReader.decode(bytes);
        assertEquals(SOURCE, text.content());
        assertEquals(StandardCharsets.UTF_16BE, text.charset());
    }

    @Test
    void latin1Bytes_thatAreNotUtf8_fallBackToIso88591() {
        SourceText text = SourceReader.decode(SOURCE.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(SOURCE, text.content());
        assertEquals(StandardCharsets.ISO_8859_1, text.charset());
    }

    @Test
    void emptyFile_decodesToEmptyText() {
        assertEquals("", SourceReader.decode(new byte[0]).content());
    }
}
