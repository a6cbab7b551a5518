/**
 * The attachment module's screen parts, published to other modules' screens: {@link
 * org.consilium.attachment.ui.AttachmentUpload} to add files to a record and {@link
 * org.consilium.attachment.ui.AttachmentLinks} to list them for download. The owner's screen supplies
 * what happens with a file and where a download's content comes from, through its own service, so that
 * its access checks and audit run on every upload and download.
 */
@NamedInterface("ui")
package org.consilium.attachment.ui;

import org.springframework.modulith.NamedInterface;
