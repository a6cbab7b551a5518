package org.consilium.casefile.ui;

import com.vaadin.flow.component.Component;

/**
 * A part of the case page that another module provides, as a Spring bean: the page shows each
 * module's section, in the beans' order, after the case's sharing. The section reads and checks
 * through its own module's services.
 */
public interface CaseSection {

    /** The section for one case, built when the page opens it. */
    Component create(long caseId);
}
