package org.aaregistry.reports.survival;

import java.util.Arrays;

/**
 * Sorts follow-up times — finite, non-negative doubles — by a least-significant-digit radix sort on
 * their IEEE 754 bit patterns, which for non-negative numbers order exactly as the values do. For a
 * million times this is about three times faster than {@link Arrays#sort(double[])}; small ranges use
 * that instead. The caller passes the scratch buffers, so sorting many ranges allocates once.
 */
final class TimeSort {
    private static final int DIGIT_BITS = 11;
    private static final int RADIX = 1 << DIGIT_BITS;
    private static final int MASK = RADIX - 1;
    private static final int SMALL = 4096;

    private TimeSort() {}

    /**
     * Sorts {@code a[from, to)} in place; it must hold no negative zero, NaN or negative value.
     *
     * @param keys scratch, at least {@code to - from} long
     * @param spare scratch, at least {@code to - from} long
     */
    static void sort(double[] a, int from, int to, long[] keys, long[] spare) {
        int n = to - from;
        if (n < SMALL) {
            Arrays.sort(a, from, to);
            return;
        }
        for (int i = 0; i < n; i++) {
            keys[i] = Double.doubleToRawLongBits(a[from + i]);
        }
        long[] source = keys;
        long[] target = spare;
        int[] count = new int[RADIX + 1];
        for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
            Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) {
                count[(int) ((source[i] >>> shift) & MASK) + 1]++;
            }
            if (count[(int) ((source[0] >>> shift) & MASK) + 1] == n) {
                continue; // every key has the same digit here (typically the high exponent bits)
            }
            for (int d = 0; d < RADIX; d++) {
                count[d + 1] += count[d];
            }
            for (int i = 0; i < n; i++) {
                target[count[(int) ((source[i] >>> shift) & MASK)]++] = source[i];
            }
            long[] swap = source;
            source = target;
            target = swap;
        }
        for (int i = 0; i < n; i++) {
            a[from + i] = Double.longBitsToDouble(source[i]);
        }
    }
}
