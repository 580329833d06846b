package org.aaregistry.transplant.entity;

/**
 * Donor chimerism after transplant, from the donor percentage of a lineage (data dictionary, "Transplant":
 * full ≥ 95%, mixed 5 to &lt; 95%, lost &lt; 5%). Falling donor chimerism in aplastic anemia warns of graft
 * rejection before the counts fall.
 */
public enum ChimerismLevel {
    /** Donor ≥ 95%. */
    FULL,
    /** Donor 5% to below 95%. */
    MIXED,
    /** Donor below 5%: the graft is lost. */
    LOST;

    static final double FULL_FROM = 95;
    static final double MIXED_FROM = 5;

    /**
     * @param donorPercent donor cells, 0–100
     * @throws IllegalArgumentException outside 0–100 or not a number
     */
    public static ChimerismLevel of(double donorPercent) {
        if (Double.isNaN(donorPercent) || donorPercent < 0 || donorPercent > 100) {
            throw new IllegalArgumentException("donor percentage must be 0–100, was " + donorPercent);
        }
        if (donorPercent >= FULL_FROM) {
            return FULL;
        }
        return donorPercent >= MIXED_FROM ? MIXED : LOST;
    }
}
