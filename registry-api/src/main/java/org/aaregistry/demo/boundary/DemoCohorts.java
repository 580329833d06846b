package org.aaregistry.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.aaregistry.demo.control.DemoCohort;
import org.aaregistry.demo.control.DemoSite;
import org.aaregistry.problem.boundary.Refusal;

/**
 * Loads a range of a demo cohort in batches of {@value #BATCH} patients, each committed on its own: memory stays
 * flat whatever the size, and a load that stopped resumes where it left off (patients already there are skipped).
 */
@ApplicationScoped
public class DemoCohorts {

    static final int BATCH = 250;

    @Inject
    DemoPatients demoPatients;

    DemoCohortReport load(DemoCohortRequest request) {
        long started = System.nanoTime();
        if (request.onlyIfEmpty()) {
            long existing = demoPatients.patientsInRegistry();
            if (existing > 0) {
                throw Refusal.conflict(
                        "The registry has " + existing
                                + " patients: a demo cohort is loaded only into an empty registry, and this one is left as it is");
            }
        }
        List<DemoSite> network = request.site() == null ? DemoSite.NETWORK : List.of(DemoSite.of(request.site()));
        List<String> sitesCreated = demoPatients.ensureSites(network);
        DemoCohort cohort = new DemoCohort(request.seed(), request.site());
        int created = 0;
        int alreadyThere = 0;
        long records = 0;
        for (long from = request.first(); from < request.first() + request.patients(); from += BATCH) {
            int count = (int) Math.min(BATCH, request.first() + request.patients() - from);
            DemoPatients.Stored stored = demoPatients.store(
                    new ArrayList<>(cohort.patients(from, count).toList()));
            created += stored.created();
            alreadyThere += stored.alreadyThere();
            records += stored.records();
        }
        if (created > 0) {
            demoPatients.refreshStatistics(created);
        }
        return new DemoCohortReport(
                request.seed(),
                request.site(),
                request.first(),
                request.patients(),
                created,
                alreadyThere,
                records,
                sitesCreated,
                cohort.studyId(request.first()),
                Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    }
}
