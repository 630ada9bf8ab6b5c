// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug.mqtt;

/**
 * User name and password for the broker. The caller takes them from secure storage (the workbench) or from the
 * command line's prompt; this bundle never stores them.
 */
public record Credentials(String user, char[] password) {

	@Override
	public String toString() {
		return "Credentials[" + user + ", ****]";
	}
}
