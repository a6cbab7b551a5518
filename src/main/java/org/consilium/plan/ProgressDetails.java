package org.consilium.plan;

import jakarta.validation.constraints.Size;

/** Progress on a task in one save: its new status (or the same) and a note (or none), perhaps internal. */
public class ProgressDetails {

    /** Field names, shared by the form's bindings and the refusals of task work. */
    public static final String STATUS = "status";
    public static final String NOTE = "note";

    private TaskStatus status;

    @Size(max = TaskNote.TEXT_MAX, message = "{validation.tooLong}")
    private String note;

    private boolean internal;

    public ProgressDetails() {
    }

    public ProgressDetails(TaskStatus status) {
        this.status = status;
    }

    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public boolean isInternal() { return internal; }
    public void setInternal(boolean internal) { this.internal = internal; }
}
