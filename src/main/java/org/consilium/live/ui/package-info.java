/**
 * What pages show of live changes: the note that says who changed what ({@link org.consilium.live.ui.LiveNote})
 * and who else is here ({@link org.consilium.live.ui.PresenceBar}). Published to the modules whose pages
 * are live.
 */
@NamedInterface("ui")
package org.consilium.live.ui;

import org.springframework.modulith.NamedInterface;
