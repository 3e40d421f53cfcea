package io.kaonet.importers.graphml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes bytes through while checking that they are well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), counting lines, so that the first bad byte is
 * reported with its line however far the reader behind reads ahead.
 */
final class Utf8CheckingStream extends FilterInputStream {

    /** Thrown at the first byte that is not UTF-8. */
    static final class MalformedUtf8 extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        MalformedUtf8(long line, int b) {
            super(String.format("byte 0x%02X on line %d is not valid UTF-8", b, line));
            this.line = line;
        }
    }

    private long line = 1;
    private int pending;
    private int low = 0x80;
    private int high = 0xBF;

    Utf8CheckingStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = offset; i < offset + n; i++) {
            check(buffer[i] & 0xFF);
        }
        return n;
    }

    private void end() throws IOException {
        if (pending > 0) {
            throw new MalformedUtf8(line, -1 & 0xFF);
        }
    }

    private void check(int b) throws IOException {
        if (pending > 0) {
            if (b < low || b > high) {
                throw new MalformedUtf8(line, b);
            }
            pending--;
            low = 0x80;
            high = 0xBF;
            return;
        }
        if (b == '\n') {
            line++;
        } else if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else if (b >= 0x80) {
            throw new MalformedUtf8(line, b);
        }
    }
}
