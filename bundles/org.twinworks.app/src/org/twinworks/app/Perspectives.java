// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

/** Ids of the two Twinworks perspectives (declared in plugin.xml). */
public final class Perspectives {
	public static final String DESIGN = "org.twinworks.app.perspective.design";
	public static final String COMMISSIONING = "org.twinworks.app.perspective.commissioning";

	private Perspectives() {
	}
}
