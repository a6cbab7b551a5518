package org.consilium.casefile;

/** Seed 003: basic (preventive) support, or crisis (emergency) support. */
public enum SupportLevel {
    BASIC, CRISIS;

    public String messageKey() {
        return "case.level." + name();
    }
}
