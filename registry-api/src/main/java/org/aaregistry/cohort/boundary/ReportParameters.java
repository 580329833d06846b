package org.aaregistry.cohort.boundary;

import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The query parameters of every report: the cohort filters (a repeated parameter means any of its values;
 * dates inclusive ISO dates; age at diagnosis in years) and how to analyse it.
 */
public class ReportParameters {

    @QueryParam("site")
    List<String> site;

    @QueryParam("cause")
    List<String> cause;

    @QueryParam("severity")
    List<String> severity;

    @QueryParam("firstLineRegimen")
    List<String> firstLineRegimen;

    @QueryParam("transplanted")
    String transplanted;

    @QueryParam("donorType")
    List<String> donorType;

    @QueryParam("diagnosisFrom")
    String diagnosisFrom;

    @QueryParam("diagnosisTo")
    String diagnosisTo;

    @QueryParam("ageFrom")
    String ageFrom;

    @QueryParam("ageTo")
    String ageTo;

    /** OS, EFS, OS_TRANSPLANT_CENSORED or GRFS. */
    @QueryParam("endpoint")
    String endpoint;

    /** RELAPSE, CLONAL_EVOLUTION or RESPONSE (cumulative incidence). */
    @QueryParam("event")
    String event;

    /** DIAGNOSIS, FIRST_LINE_START or TRANSPLANT. */
    @QueryParam("origin")
    String origin;

    @QueryParam("groupBy")
    String groupBy;

    /** LOG (default, as R), LOG_LOG or PLAIN. */
    @QueryParam("ci")
    String ci;

    /** Landmark days, comma-separated (default 365,730,1825). */
    @QueryParam("times")
    String times;

    /** Days of the number-at-risk table, comma-separated (default 0,365,730,1095,1460,1825). */
    @QueryParam("atRiskTimes")
    String atRiskTimes;

    /** The events of EFS, comma-separated (default all). */
    @QueryParam("efsEvents")
    String efsEvents;

    /** The response rule set: NIH (default), RACE or BSH. */
    @QueryParam("ruleSet")
    String ruleSet;

    /** The data cut-off (default today): later events are ignored and follow-up ends there. */
    @QueryParam("cutOff")
    String cutOff;

    /** json, pdf or csv, for links that cannot set Accept. */
    @QueryParam("format")
    String format;
}
