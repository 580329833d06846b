package org.aaregistry.outcome.entity;

/** Where a recorded response came from: entered by a coordinator with a note, or imported from a file. */
public enum ResponseSource {
    ENTERED,
    IMPORTED
}
