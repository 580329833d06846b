package org.aaregistry.patient.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.aaregistry.patient.entity.SeverityRuleSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rule set this registry derives severity with ({@code REGISTRY_RULES_SEVERITY}, default {@code CAMITTA_60},
 * the reticulocyte cut-off of the NIH trials and RACE). Stored beside every derived severity.
 */
@ApplicationScoped
public class RegistryRules {

    @Inject
    @ConfigProperty(name = "registry.rules.severity", defaultValue = "CAMITTA_60")
    SeverityRuleSet severity;

    public SeverityRuleSet severity() {
        return severity;
    }
}
