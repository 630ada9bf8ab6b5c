// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.util.List;
import java.util.stream.Collectors;

/** A scope entry names no area, work centre, unit or equipment of the plant: nothing would be exported for it. */
public final class AasScopeException extends IllegalArgumentException {
	private static final long serialVersionUID = 1L;

	private final List<String> unmatched;

	public AasScopeException(String plant, List<String> unmatched) {
		super("scope " + unmatched.stream().map(entry -> '"' + entry + '"').collect(Collectors.joining(", "))
				+ (unmatched.size() == 1 ? " matches" : " match")
				+ " no area, work centre, unit, equipment name or tag in plant " + plant);
		this.unmatched = List.copyOf(unmatched);
	}

	/** The entries that matched nothing. */
	public List<String> unmatched() {
		return unmatched;
	}
}
