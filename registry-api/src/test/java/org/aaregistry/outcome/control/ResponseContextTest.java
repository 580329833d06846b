package org.aaregistry.outcome.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.aaregistry.patient.entity.Severity;
import org.aaregistry.patient.entity.SeverityRuleSet;
import org.junit.jupiter.api.Test;

class ResponseContextTest {

    @Test
    void noSeverityRuleSetMeansCamitta60() {
        ResponseContext ctx = new ResponseContext(LocalDate.of(2024, 1, 1), "F", Severity.SAA, null, false, null, null);

        assertThat(ctx.severityRuleSet()).isEqualTo(SeverityRuleSet.CAMITTA_60);
    }

    @Test
    void lineStartIsRequired() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ResponseContext(null, "F", Severity.SAA, null, false, null, null));
    }
}
