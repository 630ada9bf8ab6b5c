// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

/**
 * A child a type declares for its instances (OPC 10000-3 §6.4), own or inherited from a supertype.
 *
 * @param browsePath the browse names from the type down, joined by {@code /} (e.g. {@code Identification/SerialNumber})
 * @param referenceType how its parent references it (HasComponent, HasProperty, HasAddIn…)
 * @param modellingRule the rule's browse name: Mandatory, Optional, MandatoryPlaceholder…
 * @param declaringType the type (the asked one or a supertype) that declares it
 */
public record InstanceDeclaration(String browsePath, UaNode node, UaNodeId referenceType, String modellingRule,
		UaNodeId declaringType) {

	public boolean isMandatory() {
		return "Mandatory".equals(modellingRule);
	}
}
