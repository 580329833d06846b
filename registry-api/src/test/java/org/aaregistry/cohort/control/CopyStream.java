package org.aaregistry.cohort.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Writes PostgreSQL's binary COPY format as the server sends it, for tests of {@link CopyRows}. */
final class CopyStream {

    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    CopyStream() {
        write(() -> {
            out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0});
            out.writeInt(0);
            out.writeInt(0);
        });
    }

    CopyStream row(int fields) {
        write(() -> out.writeShort(fields));
        return this;
    }

    CopyStream date(String iso) {
        if (iso == null) {
            return nul();
        }
        write(() -> {
            out.writeInt(4);
            out.writeInt((int) (LocalDate.parse(iso).toEpochDay() - POSTGRES_EPOCH.toEpochDay()));
        });
        return this;
    }

    CopyStream text(String value) {
        if (value == null) {
            return nul();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        write(() -> {
            out.writeInt(utf8.length);
            out.write(utf8);
        });
        return this;
    }

    CopyStream smallint(Integer value) {
        if (value == null) {
            return nul();
        }
        write(() -> {
            out.writeInt(2);
            out.writeShort(value);
        });
        return this;
    }

    CopyStream real(Float value) {
        if (value == null) {
            return nul();
        }
        write(() -> {
            out.writeInt(4);
            out.writeFloat(value);
        });
        return this;
    }

    CopyStream nul() {
        write(() -> out.writeInt(-1));
        return this;
    }

    /** The stream with its trailer. */
    InputStream end() {
        write(() -> out.writeShort(-1));
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    /** The stream as far as written, without a trailer: a connection lost in the middle. */
    InputStream cut() {
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writing {
        void run() throws IOException;
    }
}
