package org.aaregistry.web.page;

import org.aaregistry.web.api.ApiProblem;

/** The API refused what a page needed to show: the page answers with the API's status, in plain words. */
public class ApiRefusal extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiRefusal(ApiProblem problem) {
        super(problem.sentence(), null, false, false);
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
