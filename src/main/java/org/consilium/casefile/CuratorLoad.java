package org.consilium.casefile;

/** A curator's open cases against the caseload norm of a model. */
public record CuratorLoad(long curatorId, String fullName, long openCases, int norm) {

    public boolean wouldExceed() {
        return openCases + 1 > norm;
    }
}
