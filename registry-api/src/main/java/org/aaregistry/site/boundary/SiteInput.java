package org.aaregistry.site.boundary;

import jakarta.json.JsonValue;
import java.util.regex.Pattern;
import org.aaregistry.problem.control.JsonInput;

/**
 * What a client may send for a site. The code is the site's permanent name: upper-case letters, digits and
 * hyphens, as it appears in study ids and in the {@code site} claim of coordinators' tokens.
 */
record SiteInput(String code, String name, String country, Boolean active, String reason) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    static SiteInput forCreate(JsonValue body) {
        JsonInput input = JsonInput.of(body).ignoring("version", "active", "demo");
        String code = input.text("code", true, 20);
        if (code != null && !CODE.matcher(code).matches()) {
            input.invalid("code", "must be 2-20 upper-case letters, digits or '-', starting with a letter or digit");
        }
        SiteInput site = new SiteInput(code, input.text("name", true, 200), country(input), true, null);
        input.finish();
        return site;
    }

    static SiteInput forChange(JsonValue body) {
        JsonInput input = JsonInput.of(body).ignoring("code", "version", "demo");
        SiteInput site = new SiteInput(
                null,
                input.text("name", true, 200),
                country(input),
                input.bool("active", true),
                input.text("reason", true, 500));
        input.finish();
        return site;
    }

    private static String country(JsonInput input) {
        String country = input.text("country", false, 2);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            input.invalid("country", "must be an ISO 3166-1 alpha-2 code such as FR");
        }
        return country;
    }
}
