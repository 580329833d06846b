package org.aaregistry.it;

import java.util.Map;
import java.util.UUID;

/**
 * A test's clinic: creates the demo sites once and enrols patients with study ids no other test uses, through
 * the API like a coordinator would.
 */
public final class Clinic {

    /** Servers (each test class deploys its own) whose database has the demo sites. */
    private static final java.util.Set<String> SITES_READY = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Api api;

    public Clinic(Api api) {
        this.api = api;
        ensureSites();
    }

    /** A new, unique study id of a site, e.g. {@code SITEA-IT-...}. */
    public static String studyId(String site) {
        return site.replace("-", "") + "-"
                + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A severe aplastic anemia patient diagnosed 2024-01-10, alive at 2025-06-01, as JSON. */
    public static String severePatient(String studyId) {
        return """
                {"studyId":"%s","sex":"F","birthYear":1980,"diagnosisDate":"2024-01-10","cause":"IDIOPATHIC",
                 "causeDetail":"worked up, nothing found",
                 "marrow":{"cellularityPercent":10,"residualHematopoieticPercent":20,"biopsyDate":"2024-01-09"},
                 "baselineCounts":{"hemoglobin":75,"anc":0.3,"platelets":12,"reticulocytes":15,
                   "reticulocyteMethod":"AUTOMATED","date":"2024-01-10","rbcTransfusionDependent":true},
                 "followUp":{"vitalStatus":"ALIVE","lastContactDate":"2025-06-01"}}""".formatted(studyId);
    }

    /** Enrols a severe patient as the coordinator; returns the created record. */
    public Reply enrol(String coordinator, String studyId) {
        Reply reply = api.post("api/v1/patients", Keycloak.token(coordinator), severePatient(studyId));
        if (reply.status() != 201) {
            throw new IllegalStateException("could not enrol " + studyId + ": " + reply);
        }
        return reply;
    }

    /** Adds a part of a patient's record ({@code blood-counts}, {@code treatment-lines}, ...); returns it. */
    public Reply add(String coordinator, String patientId, String part, String json) {
        Reply reply = api.post("api/v1/patients/" + patientId + "/" + part, Keycloak.token(coordinator), json);
        if (reply.status() != 201) {
            throw new IllegalStateException("could not add " + part + ": " + reply);
        }
        return reply;
    }

    /** A PUT or DELETE with the version read and the JSON body. */
    public Reply change(String method, String coordinator, String path, String etag, String json) {
        return api.send(
                method,
                path,
                Keycloak.token(coordinator),
                "application/json",
                json,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    private void ensureSites() {
        if (SITES_READY.contains(api.uri("").toString())) {
            return;
        }
        for (String site : new String[] {"SITE-A", "SITE-B"}) {
            Reply reply = api.post(
                    "api/v1/sites",
                    Keycloak.token("admin"),
                    "{\"code\":\"" + site + "\",\"name\":\"Test " + site + "\"}");
            if (reply.status() != 201 && reply.status() != 409) {
                throw new IllegalStateException("could not create site " + site + ": " + reply);
            }
        }
        SITES_READY.add(api.uri("").toString());
    }
}
