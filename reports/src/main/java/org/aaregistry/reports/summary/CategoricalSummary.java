package org.aaregistry.reports.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Counts and percentages of a categorical baseline variable (sex, aetiology, severity), in the order
 * of its categories, with the number missing beside them.
 *
 * @param n patients with a known category (the denominator of the percentages)
 * @param missing patients without one
 * @param categories one line per category, including categories no patient has
 */
public record CategoricalSummary(int n, int missing, List<CategoryCount> categories) {
    /** Code marking a missing value. */
    public static final int MISSING = -1;

    public CategoricalSummary {
        categories = List.copyOf(categories);
    }

    /**
     * @param codes one per patient: an index into {@code categories}, or {@link #MISSING}
     * @param categories the labels of the categories, in display order
     * @throws IllegalArgumentException for a code that is neither missing nor a category index
     */
    public static CategoricalSummary of(int[] codes, List<String> categories) {
        int[] counts = new int[categories.size()];
        int missing = 0;
        for (int i = 0; i < codes.length; i++) {
            int code = codes[i];
            if (code == MISSING) {
                missing++;
            } else if (code >= 0 && code < counts.length) {
                counts[code]++;
            } else {
                throw new IllegalArgumentException("code[" + i + "] is " + code + " but there are " + counts.length
                        + " categories (and " + MISSING + " for missing)");
            }
        }
        int n = codes.length - missing;
        List<CategoryCount> lines = new ArrayList<>(counts.length);
        for (int c = 0; c < counts.length; c++) {
            lines.add(new CategoryCount(
                    categories.get(c),
                    counts[c],
                    n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * counts[c] / n)));
        }
        return new CategoricalSummary(n, missing, lines);
    }
}
