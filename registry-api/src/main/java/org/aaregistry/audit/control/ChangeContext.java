package org.aaregistry.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import org.aaregistry.problem.boundary.RequestId;
import org.aaregistry.security.control.Caller;

/**
 * Tells the change-history trigger who is changing clinical data and why, through settings local to the
 * current transaction. The trigger runs when the transaction commits (V7) and refuses a write without an actor;
 * bind before writing all the same (Hibernate flushes pending changes before this native query), once per
 * transaction: the reason bound last is the reason of every change the transaction commits.
 */
@ApplicationScoped
public class ChangeContext {

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    /**
     * @param reason why the record is changed or voided; {@code null} for a creation
     */
    public void bind(EntityManager em, String reason) {
        em.createNativeQuery("SELECT set_config('registry.actor_subject', ?1, true),"
                        + " set_config('registry.actor_username', ?2, true),"
                        + " set_config('registry.actor_roles', ?3, true),"
                        + " set_config('registry.actor_sites', ?4, true),"
                        + " set_config('registry.request_id', ?5, true),"
                        + " set_config('registry.reason', ?6, true)")
                .setParameter(1, caller.subject())
                .setParameter(2, caller.username())
                .setParameter(3, String.join(",", caller.roles()))
                .setParameter(4, String.join(",", caller.sites()))
                .setParameter(5, RequestId.of(request))
                .setParameter(6, reason == null ? "" : reason)
                .getSingleResult();
    }
}
