package org.consilium.request;

/** The colleague of the same agency a request is handed to, by account id. */
public class HandOverDetails {

    /** The field name, as the form binds it and as refusals name it. */
    public static final String COLLEAGUE = "colleague";

    private Long colleague;

    public Long getColleague() { return colleague; }
    public void setColleague(Long colleague) { this.colleague = colleague; }
}
