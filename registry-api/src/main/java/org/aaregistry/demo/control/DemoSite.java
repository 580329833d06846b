package org.aaregistry.demo.control;

import java.util.List;

/**
 * A hospital of the synthetic network. The sites differ the way real centres do: in size, in the horse or rabbit
 * ATG they can obtain, and in whether they treat children.
 *
 * @param code the site code (the development realm gives each a coordinator)
 * @param name what the site list shows
 * @param country ISO 3166-1 alpha-2
 * @param share the site's share of the network's patients
 * @param rabbitAtgCentre immunosuppression with rabbit ATG, as in countries where horse ATG is not available
 * @param paediatric a children's hospital: patients under 18 only
 */
public record DemoSite(
        String code, String name, String country, double share, boolean rabbitAtgCentre, boolean paediatric) {

    /** The demo network: the development realm's SITE-A and SITE-B and three more. */
    public static final List<DemoSite> NETWORK = List.of(
            new DemoSite("SITE-A", "Demo University Hospital (A)", "FR", 0.32, false, false),
            new DemoSite("SITE-B", "Demo General Hospital (B)", "DE", 0.24, false, false),
            new DemoSite("SITE-C", "Demo Regional Centre (C), rabbit ATG", "BR", 0.18, true, false),
            new DemoSite("SITE-D", "Demo Children's Hospital (D)", "NL", 0.12, false, true),
            new DemoSite("SITE-E", "Demo Cancer Centre (E)", "GB", 0.14, false, false));

    /** The network's site of this code, or for another code (a cohort loaded with {@code --site}) an adult centre. */
    public static DemoSite of(String code) {
        return NETWORK.stream()
                .filter(site -> site.code().equals(code))
                .findFirst()
                .orElseGet(() -> new DemoSite(code, "Demo site " + code, null, 1, false, false));
    }

    static DemoSite pick(Chance chance) {
        return chance.pick(
                NETWORK.toArray(DemoSite[]::new),
                NETWORK.stream().mapToDouble(DemoSite::share).toArray());
    }
}
