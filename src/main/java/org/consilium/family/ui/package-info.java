/**
 * The family module's screens. {@link org.consilium.family.ui.NewFamilyDialog} is published to other
 * modules' screens: intake registers a referral's family from the referral, and registering a family
 * (with its check for families already known) belongs to this module.
 */
@NamedInterface("ui")
package org.consilium.family.ui;

import org.springframework.modulith.NamedInterface;
