package org.aaregistry.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Recomputes a hash chain from its rows, in Java, with the canonical form of V2__audit_trail.sql rebuilt here
 * independently ('<byte length>:<value>;' per field, 'N;' for null): a database function altered by an
 * attacker cannot make a tampered chain look intact. Checks, in sequence order: numbering without gaps, each
 * entry's link to the previous hash, each entry's own hash, that the chain's head matches the last entry
 * (a deleted tail), and optionally an earlier exported checkpoint (a consistent rewrite of the whole chain).
 */
@ApplicationScoped
public class ChainVerifier {

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

    /** Below this many entries one walk is faster than starting a second connection. */
    @Inject
    @ConfigProperty(name = "registry.audit.verify.parallel-from", defaultValue = "100000")
    long parallelFrom;

    @Resource(lookup = "java:app/jdbc/registry")
    DataSource database;

    @Resource
    ManagedExecutorService executor;

    /**
     * Verifies one chain in a read-only, repeatable-read transaction: the head and the entries are read from one
     * snapshot. (Under read committed, an entry committed between reading the head and walking the rows would
     * look like an entry beyond the head, and an intact chain would be reported broken.) A long chain is walked in
     * two stretches side by side — the second on a connection of its own that imports the first's snapshot
     * ({@code pg_export_snapshot}), so both see exactly the same chain — and the stretches are joined at the
     * boundary: the database reads, and Java hashes, on both cores.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Verification verify(Chain chain, Checkpoint checkpoint) {
        try (Connection first = snapshot(database.getConnection(), null)) {
            try {
                String snapshot = value(first, "SELECT pg_export_snapshot()");
                long[] headSeq = {0};
                byte[] headHash = head(first, chain, headSeq);
                ChainSegment segment = new ChainSegment(chain, checkpoint);
                List<ChainSegment.Result> stretches;
                if (headSeq[0] < Math.max(2, parallelFrom)) {
                    stretches = List.of(segment.walk(first, 1, Long.MAX_VALUE));
                } else {
                    long middle = headSeq[0] / 2;
                    Future<ChainSegment.Result> second = executor.submit(() -> {
                        try (Connection other = snapshot(database.getConnection(), snapshot)) {
                            try {
                                return segment.walk(other, middle + 1, Long.MAX_VALUE);
                            } finally {
                                other.rollback();
                            }
                        }
                    });
                    ChainSegment.Result one = segment.walk(first, 1, middle);
                    stretches = List.of(one, second.get());
                }
                return verdict(chain, checkpoint, stretches, headSeq[0], headHash);
            } finally {
                first.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("verification interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the audit chain could not be read", e.getCause());
        }
    }

    /**
     * Joins the stretches in order; the first problem by sequence number is the chain's, as a single walk from
     * the beginning would have found it.
     */
    private static Verification verdict(
            Chain chain, Checkpoint checkpoint, List<ChainSegment.Result> stretches, long headSeq, byte[] headHash) {
        byte[] previous = ChainSegment.GENESIS;
        long last = 0;
        boolean checkpointSeen = checkpoint == null;
        for (ChainSegment.Result stretch : stretches) {
            boolean joins = stretch.firstSeq() == 0
                    || stretch.firstSeq() != stretch.from()
                    || stretch.from() == 1
                    || Arrays.equals(stretch.firstPrevHash(), previous);
            if (!joins) {
                return broken(
                        chain,
                        stretch.from() - 1,
                        stretch.from(),
                        "not linked to entry " + (stretch.from() - 1),
                        headSeq,
                        headHash);
            }
            if (stretch.broken()) {
                return broken(
                        chain, stretch.brokenSeq() - 1, stretch.brokenSeq(), stretch.problem(), headSeq, headHash);
            }
            checkpointSeen |= stretch.checkpointSeen();
            if (stretch.firstSeq() != 0) {
                previous = stretch.lastHash();
                last = stretch.lastSeq();
            }
        }
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
            return broken(chain, last, checkpoint.seq(), "the checkpoint's entry is missing", headSeq, headHash);
        }
        return new Verification(
                chain.table, true, last, null, null, headSeq, HexFormat.of().formatHex(headHash));
    }

    /**
     * A connection in a read-only, repeatable-read transaction, in the given exported snapshot if any, that reads
     * a chain in the order of its primary key. Left to itself the planner may, on stale statistics (the chains grow
     * by a million entries between two ANALYZE runs of an append-only table), sort the rows instead — a sort of
     * gigabytes spilled to temporary files, several times slower; the primary key already holds the order.
     */
    private static Connection snapshot(Connection connection, String exported) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            if (exported != null) {
                statement.execute("SET TRANSACTION SNAPSHOT '" + exported.replace("'", "") + "'");
            }
            statement.execute("SET LOCAL enable_sort = off; SET LOCAL enable_bitmapscan = off;"
                    + " SET LOCAL enable_seqscan = off; SET LOCAL max_parallel_workers_per_gather = 0");
        }
        return connection;
    }

    private static String value(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static byte[] head(Connection connection, Chain chain, long[] seq) throws SQLException {
        try (PreparedStatement head =
                connection.prepareStatement("SELECT last_seq, last_hash FROM audit_chain WHERE chain = ?")) {
            head.setString(1, chain.table);
            try (ResultSet row = head.executeQuery()) {
                if (!row.next()) {
                    return ChainSegment.GENESIS;
                }
                seq[0] = row.getLong(1);
                return row.getBytes(2);
            }
        }
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
}
