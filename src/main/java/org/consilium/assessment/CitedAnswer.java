package org.consilium.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An answer to an information request that a domain's finding rests on, with its label as it read when cited. */
@Embeddable
public class CitedAnswer {

    public static final String TYPE = "request";
    public static final int LABEL_MAX = 300;

    @Column(name = "source_type", nullable = false, length = 40)
    private String sourceType;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    protected CitedAnswer() {
    }

    CitedAnswer(long sourceId, String label) {
        this.sourceType = TYPE;
        this.sourceId = sourceId;
        this.label = label.length() > LABEL_MAX ? label.substring(0, LABEL_MAX) : label;
    }

    public long getSourceId() { return sourceId; }
    public String getLabel() { return label; }
}
