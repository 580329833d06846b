package org.aaregistry.imports.boundary;

import java.util.List;
import org.aaregistry.problem.boundary.Problem.InvalidField;

/**
 * What an import did or would do: how many rows, whether all are valid, and every problem by row and column.
 *
 * @param imported patients created (0 on a dry run)
 */
public record ImportReport(boolean dryRun, int rows, boolean valid, int imported, List<InvalidField> errors) {}
