package org.consilium.casefile;

import java.time.Instant;

/** One opening of a case's file, as "who has accessed this file" shows it. */
public record CaseOpening(String who, Instant at) {
}
