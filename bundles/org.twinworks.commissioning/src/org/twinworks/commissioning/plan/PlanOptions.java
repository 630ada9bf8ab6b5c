// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.plan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.twinworks.commissioning.record.CheckKind;

/**
 * What to plan: the scope (area names, equipment or element tags; empty means the whole plant) and the kinds of check.
 * The out-of-range check is optional per campaign, so it is not among the defaults.
 */
public record PlanOptions(List<String> scope, Set<CheckKind> kinds) {

	public static final Set<CheckKind> DEFAULT_KINDS = Set.of(CheckKind.IO, CheckKind.LOOP, CheckKind.ALARM,
			CheckKind.INTERLOCK);

	public PlanOptions {
		scope = List.copyOf(scope);
		kinds = kinds.isEmpty() ? Set.copyOf(DEFAULT_KINDS) : Set.copyOf(EnumSet.copyOf(kinds));
	}

	public static PlanOptions wholePlant() {
		return new PlanOptions(List.of(), DEFAULT_KINDS);
	}
}
