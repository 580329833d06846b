package org.aaregistry.site.boundary;

import org.aaregistry.site.entity.Site;

/** A site as the API shows it; {@code version} is also sent as the ETag. */
public record SiteView(String code, String name, String country, boolean active, long version) {

    static SiteView of(Site site) {
        return new SiteView(site.code(), site.name(), site.country(), site.active(), site.version());
    }
}
