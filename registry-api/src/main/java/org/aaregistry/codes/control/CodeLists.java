package org.aaregistry.codes.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aaregistry.audit.entity.AccessAction;
import org.aaregistry.audit.entity.AccessOutcome;
import org.aaregistry.cohort.entity.EfsEvent;
import org.aaregistry.cohort.entity.Endpoint;
import org.aaregistry.cohort.entity.GroupBy;
import org.aaregistry.cohort.entity.IncidenceEvent;
import org.aaregistry.cohort.entity.Origin;
import org.aaregistry.outcome.entity.ClonalEvolution;
import org.aaregistry.outcome.entity.EventType;
import org.aaregistry.outcome.entity.ResponseCategory;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.patient.entity.Cause;
import org.aaregistry.patient.entity.CauseOfDeath;
import org.aaregistry.patient.entity.Cytogenetics;
import org.aaregistry.patient.entity.ReticulocyteMethod;
import org.aaregistry.patient.entity.ScreenResult;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.Sex;
import org.aaregistry.patient.entity.VitalStatus;
import org.aaregistry.transplant.entity.ChronicGvhd;
import org.aaregistry.transplant.entity.Conditioning;
import org.aaregistry.transplant.entity.ConditioningIntensity;
import org.aaregistry.transplant.entity.DonorType;
import org.aaregistry.transplant.entity.GraftFailure;
import org.aaregistry.transplant.entity.GraftSource;
import org.aaregistry.transplant.entity.GvhdProphylaxis;
import org.aaregistry.transplant.entity.Lineage;
import org.aaregistry.treatment.entity.Intent;
import org.aaregistry.treatment.entity.Regimen;
import org.aaregistry.treatment.entity.StopReason;

/** Every code list of the registry, each code with its label; lists named as the API's fields are. */
public final class CodeLists {

    /** A code and how a person reads it. */
    public record Code(String code, String label) {}

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("M", "Male"),
            Map.entry("F", "Female"),
            Map.entry("U", "Unknown"),
            Map.entry("IDIOPATHIC", "Idiopathic (worked up, no cause)"),
            Map.entry("DRUG", "Drug"),
            Map.entry("TOXIN", "Toxin"),
            Map.entry("RADIATION_CHEMO", "Radiation or chemotherapy"),
            Map.entry("HEPATITIS", "Hepatitis-associated"),
            Map.entry("PREGNANCY", "Pregnancy"),
            Map.entry("PNH_ASSOCIATED", "PNH-associated"),
            Map.entry("OTHER_IMMUNE", "Other immune"),
            Map.entry("VIRAL", "Viral"),
            Map.entry("IBMF_FANCONI", "Inherited: Fanconi anemia"),
            Map.entry("IBMF_TELOMERE", "Inherited: telomere biology disorder"),
            Map.entry("IBMF_SDS", "Inherited: Shwachman–Diamond"),
            Map.entry("IBMF_GATA2", "Inherited: GATA2 deficiency"),
            Map.entry("IBMF_OTHER", "Inherited: other"),
            Map.entry("UNKNOWN", "Unknown (not worked up)"),
            Map.entry("VSAA", "Very severe (VSAA)"),
            Map.entry("SAA", "Severe (SAA)"),
            Map.entry("NSAA", "Non-severe (NSAA)"),
            Map.entry("CRITERIA_NOT_MET", "Does not meet criteria"),
            Map.entry("NOT_ASSESSABLE", "Not assessable"),
            Map.entry("ALIVE", "Alive"),
            Map.entry("DEAD", "Dead"),
            Map.entry("LOST", "Lost to follow-up"),
            Map.entry("AA_RELATED", "Aplastic anemia related"),
            Map.entry("INFECTION", "Infection"),
            Map.entry("BLEEDING", "Bleeding"),
            Map.entry("GVHD", "GVHD"),
            Map.entry("GRAFT_FAILURE", "Graft failure"),
            Map.entry("MDS_AML", "MDS or AML"),
            Map.entry("OTHER_MALIGNANCY", "Other malignancy"),
            Map.entry("OTHER", "Other"),
            Map.entry("AUTOMATED", "Automated"),
            Map.entry("MANUAL", "Manual"),
            Map.entry("NOT_DONE", "Not done"),
            Map.entry("NEGATIVE", "Negative"),
            Map.entry("POSITIVE", "Positive"),
            Map.entry("NORMAL", "Normal"),
            Map.entry("ABNORMAL", "Abnormal"),
            Map.entry("SUPPORTIVE", "Supportive care"),
            Map.entry("HATG_CSA", "Horse ATG + cyclosporine"),
            Map.entry("HATG_CSA_EPAG", "Horse ATG + cyclosporine + eltrombopag"),
            Map.entry("RATG_CSA", "Rabbit ATG + cyclosporine"),
            Map.entry("ALEMTUZUMAB", "Alemtuzumab"),
            Map.entry("CSA_ALONE", "Cyclosporine alone"),
            Map.entry("ANDROGEN", "Androgen"),
            Map.entry("TPO_RA", "TPO receptor agonist"),
            Map.entry("HSCT", "Stem cell transplant"),
            Map.entry("FIRST_LINE", "First line"),
            Map.entry("SALVAGE", "Salvage"),
            Map.entry("RETREATMENT", "Retreatment"),
            Map.entry("COMPLETED", "Completed"),
            Map.entry("NO_RESPONSE", "No response"),
            Map.entry("RELAPSE", "Relapse"),
            Map.entry("TOXICITY", "Toxicity"),
            Map.entry("CLONAL_EVOLUTION", "Clonal evolution"),
            Map.entry("TRANSPLANT", "Transplant"),
            Map.entry("DEATH", "Death"),
            Map.entry("MSD", "Matched sibling"),
            Map.entry("MRD_OTHER", "Other matched related"),
            Map.entry("MUD", "Matched unrelated"),
            Map.entry("MMUD", "Mismatched unrelated"),
            Map.entry("HAPLO", "Haploidentical"),
            Map.entry("CORD", "Cord blood"),
            Map.entry("SYNGENEIC", "Syngeneic (twin)"),
            Map.entry("BM", "Bone marrow"),
            Map.entry("PBSC", "Peripheral blood stem cells"),
            Map.entry("BM_PBSC", "Marrow and blood"),
            Map.entry("CY_ATG", "Cyclophosphamide + ATG"),
            Map.entry("FLU_CY_ATG", "Fludarabine + cyclophosphamide + ATG"),
            Map.entry("FLU_CY_ATG_TBI", "Fludarabine + cyclophosphamide + ATG + low-dose TBI"),
            Map.entry("FLU_CY_ALEMTUZUMAB", "Fludarabine + cyclophosphamide + alemtuzumab"),
            Map.entry("PTCY_HAPLO", "Haploidentical with post-transplant cyclophosphamide"),
            Map.entry("MAC", "Myeloablative"),
            Map.entry("RIC", "Reduced intensity"),
            Map.entry("NMA", "Non-myeloablative"),
            Map.entry("CSA_MTX", "Cyclosporine + methotrexate"),
            Map.entry("CSA_MMF", "Cyclosporine + mycophenolate"),
            Map.entry("TAC_MTX", "Tacrolimus + methotrexate"),
            Map.entry("PTCY_TAC_MMF", "Post-transplant cyclophosphamide + tacrolimus + mycophenolate"),
            Map.entry("NONE", "None"),
            Map.entry("PRIMARY", "Primary"),
            Map.entry("SECONDARY", "Secondary"),
            Map.entry("MILD", "Mild"),
            Map.entry("MODERATE", "Moderate"),
            Map.entry("SEVERE", "Severe"),
            Map.entry("WHOLE_BLOOD", "Whole blood"),
            Map.entry("T_CELL", "T cells"),
            Map.entry("MYELOID", "Myeloid"),
            Map.entry("PNH_CLINICAL", "Clinical PNH"),
            Map.entry("SECOND_LINE_THERAPY", "Second-line therapy"),
            Map.entry("MDS", "MDS"),
            Map.entry("AML", "AML"),
            Map.entry("CYTOGENETIC_HIGH_RISK", "High-risk cytogenetics (−7/del(7q), complex)"),
            Map.entry("CYTOGENETIC_OTHER", "Other cytogenetic abnormality"),
            Map.entry("CR", "Complete response"),
            Map.entry("PR", "Partial response"),
            Map.entry("NR", "No response"),
            Map.entry("MONTH_3", "3 months"),
            Map.entry("MONTH_6", "6 months"),
            Map.entry("MONTH_12", "12 months"),
            Map.entry("NIH", "NIH (Townsley 2017)"),
            Map.entry("RACE", "RACE (Peffault de Latour 2022)"),
            Map.entry("BSH", "BSH (Camitta)"),
            Map.entry("OS", "Overall survival"),
            Map.entry("EFS", "Event-free survival"),
            Map.entry("OS_TRANSPLANT_CENSORED", "Survival censored at transplant"),
            Map.entry("GRFS", "GVHD-free, relapse-free survival"),
            Map.entry("DIAGNOSIS", "Diagnosis"),
            Map.entry("FIRST_LINE_START", "Start of the first line"),
            Map.entry("RESPONSE", "Response"),
            Map.entry("FIRST_LINE_REGIMEN", "First-line regimen"),
            Map.entry("SEVERITY", "Severity"),
            Map.entry("CAUSE_GROUP", "Acquired or inherited"),
            Map.entry("DONOR_TYPE", "Donor type"),
            Map.entry("GRAFT_SOURCE", "Graft source"),
            Map.entry("AGE_GROUP", "Age group"),
            Map.entry("SEX", "Sex"),
            Map.entry("READ", "Read"),
            Map.entry("LIST", "List"),
            Map.entry("CREATE", "Create"),
            Map.entry("UPDATE", "Update"),
            Map.entry("DELETE", "Void"),
            Map.entry("EXPORT", "Export"),
            Map.entry("REPORT", "Report"),
            Map.entry("IMPORT", "Import"),
            Map.entry("AUTH_FAILED", "Refused token"),
            Map.entry("DENIED", "Denied"),
            Map.entry("SUCCESS", "Success"),
            Map.entry("INVALID", "Invalid"),
            Map.entry("FAILED", "Failed"));

    /** The lists, in the order a form asks for them. */
    public static final Map<String, List<Code>> ALL = lists();

    private CodeLists() {}

    private static Map<String, List<Code>> lists() {
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        lists.put("sex", codes(Sex.values()));
        lists.put("cause", codes(Cause.values()));
        lists.put("severity", codes(Severity.values()));
        lists.put("vitalStatus", codes(VitalStatus.values()));
        lists.put("causeOfDeath", codes(CauseOfDeath.values()));
        lists.put("reticulocyteMethod", codes(ReticulocyteMethod.values()));
        lists.put("screenResult", codes(ScreenResult.values()));
        lists.put("cytogenetics", codes(Cytogenetics.values()));
        lists.put("regimen", codes(Regimen.values()));
        lists.put("intent", codes(Intent.values()));
        lists.put("stopReason", codes(StopReason.values()));
        lists.put("donorType", codes(DonorType.values()));
        lists.put("graftSource", codes(GraftSource.values()));
        lists.put("conditioning", codes(Conditioning.values()));
        lists.put("conditioningIntensity", codes(ConditioningIntensity.values()));
        lists.put("gvhdProphylaxis", codes(GvhdProphylaxis.values()));
        lists.put("graftFailure", codes(GraftFailure.values()));
        lists.put("chronicGvhd", codes(ChronicGvhd.values()));
        lists.put("lineage", codes(Lineage.values()));
        lists.put("eventType", codes(EventType.values()));
        lists.put("clonalEvolution", codes(ClonalEvolution.values()));
        lists.put("responseCategory", codes(ResponseCategory.values()));
        lists.put("timePoint", codes(TimePoint.values()));
        lists.put("responseRuleSet", codes(ResponseRuleSet.values()));
        lists.put("endpoint", codes(Endpoint.values()));
        lists.put("origin", codes(Origin.values()));
        lists.put("incidenceEvent", codes(IncidenceEvent.values()));
        lists.put("efsEvent", codes(EfsEvent.values()));
        lists.put("groupBy", codes(GroupBy.values()));
        lists.put("accessAction", codes(AccessAction.values()));
        lists.put("accessOutcome", codes(AccessOutcome.values()));
        return lists;
    }

    private static List<Code> codes(Enum<?>[] values) {
        return java.util.Arrays.stream(values)
                .map(value -> new Code(value.name(), label(value.name())))
                .toList();
    }

    /** The label of a code; a code without one reads as itself, words separated. */
    public static String label(String code) {
        return LABELS.getOrDefault(code, code.replace('_', ' '));
    }
}
