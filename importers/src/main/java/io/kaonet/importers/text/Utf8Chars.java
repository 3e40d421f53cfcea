package io.kaonet.importers.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Characters of a byte stream decoded as strict UTF-8 through fixed-size buffers, so that memory
 * stays bounded however long the stream. Malformed input is not replaced: the source stops there
 * and says which bytes were wrong.
 */
final class Utf8Chars {

    /** Returned by {@link #read()} at the end of the stream. */
    static final int END = -1;
    /** Returned by {@link #read()} where the bytes are not UTF-8; see {@link #malformedBytes()}. */
    static final int MALFORMED = -2;

    static final int DEFAULT_BUFFER_SIZE = 1 << 16;
    /** Buffers start this small and double while reads fill them, so that small files cost little. */
    static final int INITIAL_BUFFER_SIZE = 1 << 10;
    /** A buffer must hold a whole UTF-8 sequence (4 bytes) and a surrogate pair (2 chars). */
    static final int MIN_BUFFER_SIZE = 8;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final int maxBufferSize;
    private ByteBuffer bytes;
    private CharBuffer chars;
    private boolean inputEnded;
    private boolean decoded;
    private long charsDelivered;
    private String malformedBytes;
    private boolean utf16;

    Utf8Chars(InputStream in, int bufferSize) {
        if (bufferSize < MIN_BUFFER_SIZE) {
            throw new IllegalArgumentException("buffer size must be at least " + MIN_BUFFER_SIZE + ", was " + bufferSize);
        }
        this.in = in;
        this.maxBufferSize = bufferSize;
        int initial = Math.min(bufferSize, INITIAL_BUFFER_SIZE);
        this.bytes = ByteBuffer.allocate(initial);
        this.bytes.flip();
        this.chars = CharBuffer.allocate(initial);
        this.chars.flip();
    }

    /** The next char, {@link #END} or {@link #MALFORMED} (and then always that again). */
    int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return malformedBytes != null ? MALFORMED : END;
        }
        charsDelivered++;
        return chars.get();
    }

    /** The offending bytes in hex ({@code "0xE9 0x20"}) once {@link #read()} returned {@link #MALFORMED}. */
    String malformedBytes() {
        return malformedBytes;
    }

    /** Whether the malformed input is a UTF-16 byte-order mark at the start of the stream. */
    boolean utf16() {
        return utf16;
    }

    void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        if (malformedBytes != null || decoded) {
            return false;
        }
        if (chars.capacity() < bytes.capacity()) {
            chars = CharBuffer.allocate(bytes.capacity());
        } else {
            chars.clear();
        }
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, inputEnded);
            if (result.isError()) {
                noteMalformed(result.length());
                break;
            }
            if (result.isOverflow() || chars.position() > 0 && !inputEnded) {
                break;
            }
            if (inputEnded) {
                decoder.flush(chars);
                decoded = true;
                break;
            }
            if (bytes.limit() == bytes.capacity() && bytes.capacity() < maxBufferSize) {
                grow();
            } else {
                bytes.compact();
            }
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                inputEnded = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.flip();
        return chars.hasRemaining();
    }

    /**
     * Doubles the byte buffer (up to the limit) when the last read filled it, keeping the bytes not
     * yet decoded, and leaves it ready to be written; the char buffer follows at the next fill.
     */
    private void grow() {
        ByteBuffer larger = ByteBuffer.allocate(Math.min(maxBufferSize, 2 * bytes.capacity()));
        larger.put(bytes);
        bytes = larger;
    }

    private void noteMalformed(int length) {
        int at = bytes.position();
        if (charsDelivered + chars.position() == 0 && at == 0 && bytes.remaining() >= 2) {
            int b0 = bytes.get(0) & 0xFF;
            int b1 = bytes.get(1) & 0xFF;
            utf16 = b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF;
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(length, 4) && at + i < bytes.limit(); i++) {
            if (i > 0) {
                hex.append(' ');
            }
            hex.append(String.format("0x%02X", bytes.get(at + i) & 0xFF));
        }
        malformedBytes = hex.toString();
    }
}
