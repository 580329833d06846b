package org.aaregistry.audit.boundary;

import org.aaregistry.audit.control.ChainVerifier.Verification;

/** The verdict on both chains; {@code intact} only when both are. */
public record ChainReport(boolean intact, Verification changeHistory, Verification accessLog) {

    static ChainReport of(Verification changes, Verification accesses) {
        return new ChainReport(changes.intact() && accesses.intact(), changes, accesses);
    }

    /** A chain's head: its last sequence number and hash. */
    public record Head(long seq, String hash) {}

    /** What an auditor keeps outside the registry to detect later a rewrite of a whole chain. */
    public record CheckpointExport(
            Head changeHistory, Head accessLog, String exportedAt, String exportedBy, boolean intactWhenExported) {}
}
