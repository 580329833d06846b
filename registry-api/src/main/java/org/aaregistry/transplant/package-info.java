/**
 * Hematopoietic stem cell transplants: donor, graft, conditioning, GVHD prophylaxis, engraftment, graft failure,
 * acute (MAGIC grade) and chronic (NIH 2014) GVHD, and donor chimerism over time. Day 0 is the transplant date.
 * Engraftment dates are derived from the post-transplant counts when counts are recorded, else entered.
 */
package org.aaregistry.transplant;
