package org.aaregistry.versioning.boundary;

import org.aaregistry.problem.boundary.ProblemType;
import org.aaregistry.problem.boundary.Refusal;

/** An update or void without a usable If-Match: 428. */
public class VersionRequired extends Refusal {

    public VersionRequired(String detail) {
        super(ProblemType.VERSION_REQUIRED, detail);
    }
}
