/**
 * Attachments: files that belong to a record of another module (an information request's answer,
 * later assessments and meetings). This module stores, checks and serves them by owner; the owner's
 * module decides who may add or read them and writes the audit log. The files lie on disk, outside the
 * database (decision 0017). {@link org.consilium.attachment.Attachments} is the service;
 * {@code org.consilium.attachment.ui} holds the upload and the list of links that owners' screens use.
 *
 * <p>The modules it may use are declared here and checked by {@code ModularityTests} (decision 0016).
 */
@ApplicationModule(allowedDependencies = {"base", "security"})
package org.consilium.attachment;

import org.springframework.modulith.ApplicationModule;
