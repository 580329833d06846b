/**
 * The demo cohort: a deterministic synthetic aplastic anemia network (five sites, diagnoses 2005–2025) whose
 * severity mix, first-line choices, responses at 3, 6 and 12 months, transplants and survival follow the guideline
 * and the trials the registry's reports are compared with — horse vs rabbit ATG (Scheinberg 2011), eltrombopag
 * (Townsley 2017), RACE (2022), matched sibling transplant (EBMT). Every distribution, its source or the word
 * "assumption", is in {@code docs/demo-cohort.md}; {@code control.Calibration} holds the tuned figures.
 *
 * <p>Demo patients are written through the registry's own write path (the API's readers and checks, the same
 * derivations, the change history's triggers), only by the demo loader and only into sites flagged demo.
 */
package org.aaregistry.demo;
