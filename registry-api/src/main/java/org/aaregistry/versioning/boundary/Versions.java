package org.aaregistry.versioning.boundary;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads If-Match and writes ETags; versions are the entities' {@code @Version} counters. */
public final class Versions {

    private static final Pattern STRONG_TAG = Pattern.compile("\\s*\"(\\d{1,18})\"\\s*");

    private Versions() {}

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client claims to have read; 428 when it sent none, or none we could have issued. */
    public static long expected(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequired("Send the ETag you read in If-Match to change or void this record");
        }
        Matcher tag = STRONG_TAG.matcher(ifMatch);
        if (!tag.matches()) {
            throw new VersionRequired("If-Match must be the ETag this API returned, e.g. \"3\"");
        }
        return Long.parseLong(tag.group(1));
    }

    /** Refuses the change when the record moved on since the client read it. */
    public static void requireCurrent(long expected, long current) {
        if (expected != current) {
            throw new StaleVersion(current);
        }
    }
}
