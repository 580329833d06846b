package org.aaregistry.demo.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.patient.entity.ReticulocyteMethod;
import org.aaregistry.patient.entity.Sex;

/**
 * A synthetic patient at diagnosis: who they are, why their marrow failed, how severe it is, and whether a
 * sibling or an unrelated donor could be found. The severity is a target: the marrow and counts are drawn so that
 * the registry's own Camitta derivation arrives at it. Distributions and their sources: {@code docs/demo-cohort.md}.
 *
 * @param age age at diagnosis in whole years, as the registry counts it (diagnosis year minus birth year)
 * @param severity the category the marrow and counts are drawn to produce
 * @param pnhClonePercent granulocyte PNH clone, null when none was found (below 1%)
 * @param karyotype the karyotype text; abnormal when it is not a normal 46,XX or 46,XY
 * @param sibling a matched sibling donor exists
 * @param unrelated an unrelated or haploidentical donor would be found if searched for
 */
record Presentation(
        Sex sex,
        int age,
        LocalDate diagnosisDate,
        Cause cause,
        String causeDetail,
        TargetSeverity severity,
        Marrow marrow,
        Baseline baseline,
        Double pnhClonePercent,
        String karyotype,
        boolean karyotypeAbnormal,
        Screen screen,
        boolean sibling,
        boolean unrelated) {

    /** What the marrow and counts are drawn to produce. */
    enum TargetSeverity {
        VSAA,
        SAA,
        NSAA,
        /** marrow hypocellular, fewer than two cytopenias: "does not meet criteria" */
        CRITERIA_NOT_MET,
        /** SAA by its counts, but the residual hematopoietic cells of a 25–50% marrow were not counted */
        NOT_ASSESSABLE;

        boolean severe() {
            return this == VSAA || this == SAA || this == NOT_ASSESSABLE;
        }
    }

    record Marrow(double cellularity, Double residual, LocalDate biopsyDate) {}

    record Baseline(
            double hemoglobin,
            double anc,
            double platelets,
            double reticulocytes,
            ReticulocyteMethod method,
            LocalDate date,
            boolean onGcsf,
            boolean rbcDependent,
            boolean plateletDependent) {}

    /** The inherited marrow failure work-up; null fields were not done. */
    record Screen(String breakage, Double telomerePercentile, String panel, String panelResult) {}

    int birthYear() {
        return diagnosisDate.getYear() - age;
    }

    boolean inherited() {
        return cause.inherited();
    }

    /** The body of {@code POST /patients}, with the follow-up as it stands at the end of the course. */
    JsonObject request(
            String studyId,
            String site,
            LocalDate death,
            CauseOfDeath causeOfDeath,
            LocalDate lost,
            LocalDate lastKnown) {
        JsonObjectBuilder body = Bodies.object()
                .add("studyId", studyId)
                .add("site", site)
                .add("sex", sex.name())
                .add("birthYear", birthYear())
                .add("diagnosisDate", diagnosisDate.toString())
                .add("cause", cause.name());
        if (causeDetail != null) {
            body.add("causeDetail", causeDetail);
        }
        if (screen != null) {
            JsonObjectBuilder s = Bodies.object().add("breakageTest", screen.breakage());
            if (screen.telomerePercentile() != null) {
                s.add("telomereLengthPercentile", screen.telomerePercentile());
            }
            if (screen.panel() != null) {
                s.add("geneticPanel", screen.panel());
            }
            if (screen.panelResult() != null) {
                s.add("geneticPanelResult", screen.panelResult());
            }
            body.add("inheritedScreen", s);
        }
        if (pnhClonePercent != null) {
            body.add(
                    "pnhClone",
                    Bodies.object()
                            .add("percent", Chance.rounded(pnhClonePercent, 1))
                            .add("date", diagnosisDate.toString()));
        }
        body.add(
                "cytogenetics",
                Bodies.object()
                        .add("result", karyotypeAbnormal ? "ABNORMAL" : "NORMAL")
                        .add("karyotype", karyotype));
        JsonObjectBuilder m = Bodies.object()
                .add("cellularityPercent", Chance.rounded(marrow.cellularity(), 0))
                .add("biopsyDate", marrow.biopsyDate().toString());
        if (marrow.residual() != null) {
            m.add("residualHematopoieticPercent", Chance.rounded(marrow.residual(), 0));
        }
        body.add("marrow", m);
        body.add(
                "baselineCounts",
                Bodies.object()
                        .add("hemoglobin", Chance.rounded(baseline.hemoglobin(), 0))
                        .add("anc", Chance.rounded(baseline.anc(), 2))
                        .add("platelets", Chance.rounded(baseline.platelets(), 0))
                        .add("reticulocytes", Chance.rounded(baseline.reticulocytes(), 0))
                        .add("reticulocyteMethod", baseline.method().name())
                        .add("date", baseline.date().toString())
                        .add("onGcsf", baseline.onGcsf())
                        .add("rbcTransfusionDependent", baseline.rbcDependent())
                        .add("plateletTransfusionDependent", baseline.plateletDependent()));
        JsonObjectBuilder followUp = Bodies.object();
        if (death != null) {
            followUp.add("vitalStatus", "DEAD")
                    .add("lastContactDate", death.toString())
                    .add("deathDate", death.toString())
                    .add("causeOfDeath", causeOfDeath.name());
        } else {
            followUp.add("vitalStatus", lost != null ? "LOST" : "ALIVE").add("lastContactDate", lastKnown.toString());
        }
        return body.add("followUp", followUp).build();
    }
}
