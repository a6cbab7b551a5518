package org.consilium.casefile;

/** A curator as the case list's filter offers them: by name, for their cases. */
public record CuratorName(long curatorId, String fullName) {
}
