package org.aaregistry.cohort.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads the rows of PostgreSQL's binary COPY format ({@code COPY (...) TO STDOUT (FORMAT binary)}), field by field,
 * straight from the stream: a cohort of a million patients arrives as one continuous stream the database writes
 * while this reads, without a row object per patient. The format (PostgreSQL documentation, "COPY", "Binary
 * Format"): an 11-byte signature, flags, a header extension; then per row a 16-bit field count and per field a
 * 32-bit length ({@code -1} for NULL) and the value in network byte order; a field count of {@code -1} ends it.
 */
final class CopyRows {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** Bit 16 of the header's flags: every row carries an OID, which these queries never ask for. */
    private static final int WITH_OIDS = 1 << 16;
    /** PostgreSQL counts dates from 2000-01-01, which is day 10,957 of Java's epoch days. */
    private static final int POSTGRES_EPOCH_DAY = 10_957;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    CopyRows(InputStream in) throws IOException {
        this.in = in;
        require(SIGNATURE.length + 8);
        if (!Arrays.equals(buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IOException("not PostgreSQL's binary COPY format");
        }
        position = SIGNATURE.length;
        if ((int4() & WITH_OIDS) != 0) {
            throw new IOException("rows with OIDs were not asked for");
        }
        int extension = int4();
        for (int skipped = 0; skipped < extension; skipped++) {
            require(1);
            position++;
        }
    }

    /**
     * Moves to the next row.
     *
     * @return false after the last row
     * @throws IOException when the row has another number of fields than the query selects
     */
    boolean next(int fields) throws IOException {
        require(2);
        int count = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
        position += 2;
        if (count == -1) {
            // the trailer: the stream must end here, which also lets the driver see the COPY complete
            if (limit > position || in.read() >= 0) {
                throw new IOException("data after the end of the COPY stream");
            }
            return false;
        }
        if (count != fields) {
            throw new IOException("a row of " + count + " fields where " + fields + " were selected");
        }
        return true;
    }

    /** A {@code date} as an epoch day, {@link Cohort#NONE} for NULL. */
    int date() throws IOException {
        if (length(4) < 0) {
            return Cohort.NONE;
        }
        return int4() + POSTGRES_EPOCH_DAY;
    }

    /** A {@code smallint}, {@code absent} for NULL. */
    short smallint(short absent) throws IOException {
        if (length(2) < 0) {
            return absent;
        }
        require(2);
        short value = (short) (((buffer[position] & 0xFF) << 8) | (buffer[position + 1] & 0xFF));
        position += 2;
        return value;
    }

    /** A {@code real}, NaN for NULL. */
    float real() throws IOException {
        if (length(4) < 0) {
            return Float.NaN;
        }
        return Float.intBitsToFloat(int4());
    }

    /** A code among {@code codes}: its index, {@code -1} for NULL. */
    byte code(Codes codes) throws IOException {
        int length = length(-1);
        if (length < 0) {
            return -1;
        }
        require(length);
        int index = codes.indexOf(buffer, position, length);
        position += length;
        return (byte) index;
    }

    /** The field's length after checking it against the type's size ({@code -1}: any); -1 for NULL. */
    private int length(int size) throws IOException {
        int length = int4();
        if (length >= 0 && size >= 0 && length != size) {
            throw new IOException("a field of " + length + " bytes where " + size + " were expected");
        }
        return length;
    }

    private int int4() throws IOException {
        require(4);
        int value = ((buffer[position] & 0xFF) << 24)
                | ((buffer[position + 1] & 0xFF) << 16)
                | ((buffer[position + 2] & 0xFF) << 8)
                | (buffer[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** Makes the next {@code bytes} bytes available in the buffer. */
    private void require(int bytes) throws IOException {
        if (limit - position >= bytes) {
            return;
        }
        if (bytes > buffer.length) {
            throw new IOException("a field of " + bytes + " bytes is longer than any the cohort selects");
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        while (limit < bytes) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                throw new IOException("the COPY stream ended inside a row");
            }
            limit += read;
        }
    }

    /** The codes a text column may hold, each found by its bytes without making a string. */
    static final class Codes {
        private final byte[][] names;

        private Codes(byte[][] names) {
            this.names = names;
        }

        static Codes of(Enum<?>[] values) {
            return of(Arrays.stream(values).map(Enum::name).toArray(String[]::new));
        }

        /** Codes in the order of their index. */
        static Codes of(String... names) {
            byte[][] bytes = new byte[names.length][];
            for (int i = 0; i < names.length; i++) {
                bytes[i] = names[i].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return new Codes(bytes);
        }

        int indexOf(byte[] data, int from, int length) throws IOException {
            for (int i = 0; i < names.length; i++) {
                byte[] name = names[i];
                if (name.length == length && Arrays.equals(name, 0, length, data, from, from + length)) {
                    return i;
                }
            }
            throw new IOException(
                    "unknown code '" + new String(data, from, length, java.nio.charset.StandardCharsets.UTF_8) + "'");
        }
    }
}
