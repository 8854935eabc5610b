package org.casework.common;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;

/**
 * A request body must be UTF-8 (RFC 8259 §8.1), checked byte by byte as Jackson reads it. Jackson's own checks
 * miss some: it looks a field name up among the names it has seen before decoding it, and pads short names there
 * with 0xFF bytes, so {@code "\xFFmin"} was read as {@code min}; its reader-based parser (used when field names
 * are not canonicalized) turns bad bytes into U+FFFD. Overlong forms, surrogates and code points past U+10FFFF are
 * refused too. A refusal is a {@link JsonParseException}: a 400 for malformed JSON.
 */
final class StrictUtf8 extends InputDecorator {

    private static final long serialVersionUID = 1L;

    @Override
    public InputStream decorate(IOContext context, InputStream in) {
        return new Checked(in);
    }

    @Override
    public InputStream decorate(IOContext context, byte[] bytes, int offset, int length) {
        return new Checked(new ByteArrayInputStream(bytes, offset, length));
    }

    @Override
    public Reader decorate(IOContext context, Reader reader) {
        return reader; // already characters
    }

    /** The UTF-8 of RFC 3629, table 3-7 of the Unicode standard: which bytes may follow which. */
    static final class Checked extends FilterInputStream {

        private int pending;
        private int low = 0x80;
        private int high = 0xBF;

        Checked(InputStream in) {
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
            int read = super.read(buffer, offset, length);
            if (read < 0) {
                end();
            }
            for (int i = 0; i < read; i++) {
                check(buffer[offset + i] & 0xFF);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = 0;
            while (skipped < n && read() >= 0) {
                skipped++;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        private void check(int b) throws JsonParseException {
            if (pending > 0) {
                if (b < low || b > high) {
                    throw notUtf8();
                }
                low = 0x80;
                high = 0xBF;
                pending--;
            } else if (b < 0x80) {
                return;
            } else if (b >= 0xC2 && b <= 0xDF) {
                pending = 1;
            } else if (b == 0xE0) {
                pending = 2;
                low = 0xA0; // shorter forms are overlong
            } else if (b == 0xED) {
                pending = 2;
                high = 0x9F; // U+D800 to U+DFFF are surrogates, not characters
            } else if (b >= 0xE1 && b <= 0xEF) {
                pending = 2;
            } else if (b == 0xF0) {
                pending = 3;
                low = 0x90;
            } else if (b >= 0xF1 && b <= 0xF3) {
                pending = 3;
            } else if (b == 0xF4) {
                pending = 3;
                high = 0x8F; // nothing past U+10FFFF
            } else {
                throw notUtf8();
            }
        }

        private void end() throws JsonParseException {
            if (pending > 0) {
                throw notUtf8();
            }
        }

        private static JsonParseException notUtf8() {
            return new JsonParseException(null, "The request body is not UTF-8");
        }
    }
}
