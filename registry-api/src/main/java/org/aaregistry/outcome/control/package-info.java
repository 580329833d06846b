/**
 * Whether a treatment line worked: complete, partial or no response at 3, 6 and 12 months, judged from the
 * count nearest each time point that was taken without recent transfusion or G-CSF, under the NIH, RACE or BSH
 * definition. A time point without such a count, or after a transplant, is not assessable rather than guessed.
 */
package org.aaregistry.outcome.control;
