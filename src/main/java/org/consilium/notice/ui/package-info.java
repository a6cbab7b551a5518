/**
 * The bell of every page ({@link org.consilium.notice.ui.NoticeBell}), published to the module of the
 * page frame.
 */
@NamedInterface("ui")
package org.consilium.notice.ui;

import org.springframework.modulith.NamedInterface;
