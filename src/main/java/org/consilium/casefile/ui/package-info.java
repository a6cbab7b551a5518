/**
 * The case module's screens. {@link org.consilium.casefile.ui.CaseSection} is published to other
 * modules: a module that keeps records of a case (its information requests) adds its part to the case
 * page by providing one, without the case module knowing it.
 */
@NamedInterface("ui")
package org.consilium.casefile.ui;

import org.springframework.modulith.NamedInterface;
