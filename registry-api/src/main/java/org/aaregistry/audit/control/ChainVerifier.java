package org.aaregistry.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Recomputes a hash chain from its rows, in Java, with the canonical form of V2__audit_trail.sql rebuilt here
 * independently ('<byte length>:<value>;' per field, 'N;' for null): a database function altered by an
 * attacker cannot make a tampered chain look intact. Checks, in sequence order: numbering without gaps, each
 * entry's link to the previous hash, each entry's own hash, that the chain's head matches the last entry
 * (a deleted tail), and optionally an earlier exported checkpoint (a consistent rewrite of the whole chain).
 */
@ApplicationScoped
public class ChainVerifier {

    private static final byte[] GENESIS = new byte[32];
    private static final String TIME = "to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";

    /** The chains and the columns of their canonical content, in order. */
    public enum Chain {
        CHANGE_HISTORY(
                "change_history",
                "seq::text, " + TIME + ", actor_subject, actor_username, actor_roles,"
                        + " actor_sites, request_id, operation, entity, entity_id::text, patient_id::text, study_id,"
                        + " changes::text, reason",
                14),
        ACCESS_LOG(
                "access_log",
                "seq::text, " + TIME + ", actor_subject, actor_username, actor_roles, actor_sites,"
                        + " action, resource_type, resource_id, patient_id::text, study_id, outcome, http_status::text,"
                        + " client_address, request_id, method, path, detail",
                18);

        final String table;
        final String fields;
        final int fieldCount;

        Chain(String table, String fields, int fieldCount) {
            this.table = table;
            this.fields = fields;
            this.fieldCount = fieldCount;
        }
    }

    /** An earlier head of a chain, exported by an auditor. */
    public record Checkpoint(long seq, String hash) {}

    /**
     * The outcome for one chain.
     *
     * @param firstBrokenSeq the first sequence number that fails a check, or {@code null} when intact
     */
    public record Verification(
            String chain,
            boolean intact,
            long checked,
            Long firstBrokenSeq,
            String problem,
            long headSeq,
            String headHash) {}

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    /**
     * Verifies one chain in a read-only, repeatable-read transaction of its own: the head and the entries are
     * read from one snapshot. (Under read committed, an entry committed between reading the head and walking the
     * rows would look like an entry beyond the head, and an intact chain would be reported broken.)
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Verification verify(Chain chain, Checkpoint checkpoint) {
        try (Connection connection = database.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement snapshot = connection.createStatement()) {
                snapshot.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            try {
                long[] headSeq = {0};
                byte[] headHash = head(connection, chain, headSeq);
                return walk(connection, chain, checkpoint, headSeq[0], headHash);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain could not be read", e);
        }
    }

    private Verification walk(Connection connection, Chain chain, Checkpoint checkpoint, long headSeq, byte[] headHash)
            throws SQLException {
        MessageDigest sha256 = sha256();
        int fields = chain.fieldCount;
        try (PreparedStatement rows = connection.prepareStatement("SELECT " + chain.fields
                + ", prev_hash, hash, seq AS position FROM " + chain.table + " ORDER BY position")) {
            rows.setFetchSize(10_000);
            try (ResultSet row = rows.executeQuery()) {
                long expected = 1;
                byte[] previous = GENESIS;
                boolean checkpointSeen = checkpoint == null;
                StringBuilder canonical = new StringBuilder(512);
                while (row.next()) {
                    long seq = row.getLong(fields + 3);
                    if (seq != expected) {
                        return broken(
                                chain, expected - 1, expected, "entry " + expected + " is missing", headSeq, headHash);
                    }
                    byte[] prevHash = row.getBytes(fields + 1);
                    byte[] hash = row.getBytes(fields + 2);
                    if (!Arrays.equals(prevHash, previous)) {
                        return broken(chain, seq - 1, seq, "not linked to entry " + (seq - 1), headSeq, headHash);
                    }
                    canonical.setLength(0);
                    for (int i = 1; i <= fields; i++) {
                        field(canonical, row.getString(i));
                    }
                    field(canonical, HexFormat.of().formatHex(prevHash));
                    byte[] computed = sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
                    if (!Arrays.equals(computed, hash)) {
                        return broken(chain, seq - 1, seq, "content does not match its hash", headSeq, headHash);
                    }
                    if (checkpoint != null && seq == checkpoint.seq()) {
                        if (!HexFormat.of().formatHex(hash).equalsIgnoreCase(checkpoint.hash())) {
                            return broken(
                                    chain, seq - 1, seq, "differs from the exported checkpoint", headSeq, headHash);
                        }
                        checkpointSeen = true;
                    }
                    previous = hash;
                    expected++;
                }
                long last = expected - 1;
                if (last != headSeq || !Arrays.equals(previous, headHash)) {
                    return broken(
                            chain,
                            last,
                            last + 1,
                            "entries after " + last + " are missing (head is " + headSeq + ")",
                            headSeq,
                            headHash);
                }
                if (!checkpointSeen) {
                    return broken(
                            chain, last, checkpoint.seq(), "the checkpoint's entry is missing", headSeq, headHash);
                }
                return new Verification(
                        chain.table,
                        true,
                        last,
                        null,
                        null,
                        headSeq,
                        HexFormat.of().formatHex(headHash));
            }
        }
    }

    private static byte[] head(Connection connection, Chain chain, long[] seq) throws SQLException {
        try (PreparedStatement head =
                connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE chain = ?")) {
            head.setString(1, chain.table);
            try (ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    return GENESIS;
                }
                seq[0] = row.getLong(1);
                return row.getBytes(2);
            }
        }
    }

    /** The canonical encoding of one field: its UTF-8 length, a colon, the value and a semicolon. */
    static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("N;");
        } else {
            canonical.append(utf8Length(value)).append(':').append(value).append(';');
        }
    }

    static int utf8Length(String value) {
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static Verification broken(
            Chain chain, long checked, long seq, String problem, long headSeq, byte[] headHash) {
        return new Verification(
                chain.table,
                false,
                checked,
                seq,
                problem,
                headSeq,
                HexFormat.of().formatHex(headHash));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
