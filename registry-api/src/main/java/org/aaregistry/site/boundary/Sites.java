package org.aaregistry.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.aaregistry.audit.control.ChangeContext;
import org.aaregistry.problem.boundary.Refusal;
import org.aaregistry.security.control.Caller;
import org.aaregistry.site.entity.Site;
import org.aaregistry.versioning.boundary.Versions;

/** Transactions over sites. Authorisation is declared on {@link SitesResource}. */
@ApplicationScoped
@Transactional
public class Sites {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ChangeContext changes;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Site> all() {
        return em.createQuery("select s from Site s order by s.code", Site.class)
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Site> byCode(String code) {
        return em.unwrap(org.hibernate.Session.class)
                .bySimpleNaturalId(Site.class)
                .loadOptional(code);
    }

    public Site create(SiteInput input) {
        if (byCode(input.code()).isPresent()) {
            throw Refusal.conflict("Site " + input.code() + " exists already");
        }
        changes.bind(em, null);
        Site site = new Site(input.code(), input.name(), input.country(), caller.username());
        em.persist(site);
        em.flush();
        return site;
    }

    public Site change(String code, long expectedVersion, SiteInput input) {
        Site site = byCode(code).orElseThrow(() -> Refusal.notFound("site"));
        Versions.requireCurrent(expectedVersion, site.version());
        changes.bind(em, input.reason());
        site.change(input.name(), input.country(), input.active(), caller.username());
        em.flush();
        return site;
    }
}
