/**
 * Shared building blocks every feature module may use: the entity base class, typed business errors,
 * translations and shared UI pieces. It depends on no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.consilium.base;

import org.springframework.modulith.ApplicationModule;
