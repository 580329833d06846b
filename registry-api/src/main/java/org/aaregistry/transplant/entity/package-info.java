/**
 * The vocabulary of a transplant's course. Chimerism says how much of the patient's blood comes from the donor:
 * full, mixed or lost; in aplastic anemia a falling donor share is the early sign of graft rejection.
 */
package org.aaregistry.transplant.entity;
