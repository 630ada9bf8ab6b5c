// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/** Plain TCP to a broker is for the lab only: callers show this banner whenever they use it. */
public final class LabMode {

	public static final String BANNER = "LAB MODE: plain TCP to the MQTT broker: no encryption, the broker is not "
			+ "authenticated and passwords travel in clear. Never use this on a plant network.";

	private LabMode() {
	}
}
