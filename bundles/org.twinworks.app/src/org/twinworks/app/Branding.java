// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app;

/** Names the product shows; the product definition in plugin.xml uses the same ones. */
public final class Branding {
	public static final String PRODUCT_NAME = "Twinworks";
	public static final String PRODUCT_ID = "org.twinworks.app.product";

	private Branding() {
	}
}
