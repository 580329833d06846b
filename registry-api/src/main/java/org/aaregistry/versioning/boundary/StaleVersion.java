package org.aaregistry.versioning.boundary;

import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.Refusal;

/** The record changed since the client read it: 412, and nothing was changed. */
public class StaleVersion extends Refusal {

    public StaleVersion(long currentVersion) {
        super(
                ProblemType.STALE_VERSION,
                "The record is now at version " + currentVersion + "; read it again and re-apply your change");
    }

    /** Two changes of the same version at the same moment; Hibernate's {@code @Version} let one through. */
    public StaleVersion() {
        super(ProblemType.STALE_VERSION, "The record was changed by someone else at the same moment; read it again");
    }
}
