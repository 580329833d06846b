package org.aaregistry.site.boundary;

import org.aaregistry.site.entity.Site;

/**
 * A site as the API shows it; {@code version} is also sent as the ETag; {@code demo} marks a site of the synthetic
 * demo network, whose patients are all synthetic.
 */
public record SiteView(String code, String name, String country, boolean active, boolean demo, long version) {

    static SiteView of(Site site) {
        return new SiteView(site.code(), site.name(), site.country(), site.active(), site.demo(), site.version());
    }
}
