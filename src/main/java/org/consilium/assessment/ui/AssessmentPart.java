package org.consilium.assessment.ui;

import com.vaadin.flow.component.Component;

/**
 * One tab of a case's assessment page, as a Spring bean: the first meeting and agreement, the
 * assessment by domains, the housing-conditions act, the social map. The page shows the parts in the
 * beans' order; each reads and checks through its own service.
 */
interface AssessmentPart {

    /** The key of the tab's label in the message bundles. */
    String titleKey();

    /** The part for one case, built when the page opens it. */
    Component create(long caseId);
}
