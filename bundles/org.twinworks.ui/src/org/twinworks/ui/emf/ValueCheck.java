// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.emf;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Domain knowledge the generic property editors do not have: whether a value makes sense for this element
 * (e.g. a range low below the range high). Returns a message for the user, or null when the value is fine.
 */
@FunctionalInterface
public interface ValueCheck {
	ValueCheck NONE = (element, feature, value) -> null;

	String problem(Object element, EStructuralFeature feature, Object value);
}
