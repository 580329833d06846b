package org.aaregistry.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import org.aaregistry.audit.control.ChainVerifier.Chain;
import org.aaregistry.audit.control.ChainVerifier.Checkpoint;

/**
 * Walks one stretch of a chain, by sequence number, and checks what can be checked inside it: numbering without
 * gaps, each entry's link to the entry before it, each entry's own hash, an exported checkpoint that falls in it.
 * How the stretch joins the one before it (its first entry's link) is left to {@link ChainVerifier}, which walks
 * the stretches of one snapshot side by side.
 *
 * <p>The canonical content is fed to SHA-256 as the bytes PostgreSQL sends — the JDBC driver hands a text
 * column's UTF-8 bytes over unchanged — as {@code <byte length>:<value>;} per field and {@code N;} for null, the
 * form of {@code audit_field()} in V2__audit_trail.sql. No string is decoded or encoded again per entry.
 */
final class ChainSegment {

    static final byte[] GENESIS = new byte[32];
    private static final byte[] NULL_FIELD = "N;".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    /**
     * What a stretch holds and the first problem in it.
     *
     * @param firstSeq the first entry's number, or 0 when the stretch is empty
     * @param firstPrevHash the hash the first entry says precedes it
     * @param brokenSeq the first sequence number that fails a check inside the stretch, or 0
     */
    record Result(
            long from,
            long to,
            long firstSeq,
            byte[] firstPrevHash,
            long lastSeq,
            byte[] lastHash,
            long brokenSeq,
            String problem,
            boolean checkpointSeen) {

        boolean broken() {
            return brokenSeq > 0;
        }
    }

    private final Chain chain;
    private final Checkpoint checkpoint;

    ChainSegment(Chain chain, Checkpoint checkpoint) {
        this.chain = chain;
        this.checkpoint = checkpoint;
    }

    /**
     * @param to the last sequence number of the stretch, or {@link Long#MAX_VALUE} for the rest of the chain
     *     (then also entries beyond the head are read: a forged tail)
     */
    Result walk(Connection connection, long from, long to) throws SQLException {
        int fields = chain.fieldCount;
        try (PreparedStatement rows =
                connection.prepareStatement("SELECT " + chain.fields + ", prev_hash, hash, seq AS position" + " FROM "
                        + chain.table + " WHERE seq >= ? AND seq <= ? ORDER BY position")) {
            rows.setFetchSize(5_000);
            rows.setLong(1, from);
            rows.setLong(2, to);
            try (ResultSet row = rows.executeQuery()) {
                MessageDigest sha256 = sha256();
                long expected = from;
                long firstSeq = 0;
                byte[] firstPrevHash = null;
                byte[] previous = null;
                boolean checkpointSeen = false;
                while (row.next()) {
                    long seq = row.getLong(fields + 3);
                    byte[] prevHash = row.getBytes(fields + 1);
                    byte[] hash = row.getBytes(fields + 2);
                    if (seq != expected) {
                        return new Result(
                                from,
                                to,
                                firstSeq,
                                firstPrevHash,
                                expected - 1,
                                previous,
                                expected,
                                "entry " + expected + " is missing",
                                checkpointSeen);
                    }
                    if (previous == null) {
                        firstSeq = seq;
                        firstPrevHash = prevHash;
                        if (seq == 1 && !Arrays.equals(prevHash, GENESIS)) {
                            return broken(from, to, seq, prevHash, "not linked to the chain's beginning");
                        }
                    } else if (!Arrays.equals(prevHash, previous)) {
                        return new Result(
                                from,
                                to,
                                firstSeq,
                                firstPrevHash,
                                seq - 1,
                                previous,
                                seq,
                                "not linked to entry " + (seq - 1),
                                checkpointSeen);
                    }
                    for (int i = 1; i <= fields; i++) {
                        field(sha256, row.getBytes(i));
                    }
                    field(sha256, HEX.formatHex(prevHash).getBytes(StandardCharsets.US_ASCII));
                    if (!Arrays.equals(sha256.digest(), hash)) {
                        return new Result(
                                from,
                                to,
                                firstSeq,
                                firstPrevHash,
                                seq - 1,
                                previous,
                                seq,
                                "content does not match its hash",
                                checkpointSeen);
                    }
                    if (checkpoint != null && seq == checkpoint.seq()) {
                        if (!HEX.formatHex(hash).equalsIgnoreCase(checkpoint.hash())) {
                            return new Result(
                                    from,
                                    to,
                                    firstSeq,
                                    firstPrevHash,
                                    seq - 1,
                                    previous,
                                    seq,
                                    "differs from the exported checkpoint",
                                    checkpointSeen);
                        }
                        checkpointSeen = true;
                    }
                    previous = hash;
                    expected++;
                }
                long last = expected - 1;
                if (to != Long.MAX_VALUE && last != to) {
                    return new Result(
                            from,
                            to,
                            firstSeq,
                            firstPrevHash,
                            last,
                            previous,
                            last + 1,
                            "entry " + (last + 1) + " is missing",
                            checkpointSeen);
                }
                return new Result(from, to, firstSeq, firstPrevHash, last, previous, 0, null, checkpointSeen);
            }
        }
    }

    private static Result broken(long from, long to, long seq, byte[] prevHash, String problem) {
        return new Result(from, to, seq, prevHash, seq - 1, null, seq, problem, false);
    }

    /** One field of the canonical content: its UTF-8 length, a colon, the value and a semicolon. */
    private static void field(MessageDigest sha256, byte[] value) {
        if (value == null) {
            sha256.update(NULL_FIELD);
            return;
        }
        sha256.update(Integer.toString(value.length).getBytes(StandardCharsets.US_ASCII));
        sha256.update((byte) ':');
        sha256.update(value);
        sha256.update((byte) ';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
