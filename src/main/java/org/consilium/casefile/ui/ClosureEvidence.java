package org.consilium.casefile.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * What another module shows the curator before a case closes, beside the initial request (seed 003:
 * back to the initial request, the results, the closing meeting), as a Spring bean: the closing dialog
 * shows each, in the beans' order. The part reads through its own module's services.
 */
public interface ClosureEvidence {

    /** The part for one case, or nothing if the module has nothing to show for it. */
    Optional<Component> create(long caseId);
}
