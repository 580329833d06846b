package org.aaregistry.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.aaregistry.outcome.entity.DerivedResponse;
import org.aaregistry.outcome.entity.ResponseRuleSet;
import org.aaregistry.outcome.entity.TimePoint;
import org.aaregistry.treatment.entity.TreatmentLine;

/** Reading stored responses. */
@ApplicationScoped
public class ResponseRecords {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /** The derived responses of these lines under a rule set. */
    public List<DerivedResponse> derived(List<TreatmentLine> lines, ResponseRuleSet ruleSet) {
        if (lines.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select d from DerivedResponse d where d.treatmentLine in :lines and d.ruleSet = :ruleSet",
                        DerivedResponse.class)
                .setParameter("lines", lines)
                .setParameter("ruleSet", ruleSet)
                .getResultList();
    }

    /** Whether a (not voided) recorded response exists for the line and time point. */
    public boolean recorded(TreatmentLine line, TimePoint point) {
        return !em.createQuery(
                        "select r.id from RecordedResponse r where r.treatmentLine = :line"
                                + " and r.timePoint = :point and r.voiding.voided = false",
                        java.util.UUID.class)
                .setParameter("line", line)
                .setParameter("point", point)
                .getResultList()
                .isEmpty();
    }
}
