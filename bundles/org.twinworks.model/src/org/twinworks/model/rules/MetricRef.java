// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import org.jspecify.annotations.Nullable;

/**
 * What a binding to a Sparkplug B endpoint names in its node id field: {@code <device>/<metric>}, split at the first
 * '/' (a device id is one topic level, a metric name may hold more '/', as in {@code Node Control/Rebirth}). The
 * gateway publishes a device per equipment (its tag) and a metric per signal (its tag).
 */
public record MetricRef(String device, String metric) {

	/** Parses {@code device/metric}; the message says what is wrong, without a full stop. */
	public static MetricRef parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("it names no metric");
		}
		int slash = text.indexOf('/');
		if (slash <= 0 || slash == text.length() - 1) {
			throw new IllegalArgumentException("'" + text + "' is not <device>/<metric>");
		}
		String device = text.substring(0, slash);
		checkName("device id", device, text);
		return new MetricRef(device, text.substring(slash + 1));
	}

	/**
	 * Checks a Sparkplug id (group, edge node, device): one MQTT topic level, so no '/', '+' or '#'.
	 *
	 * @throws IllegalArgumentException naming the id and the offending text
	 */
	public static void checkName(String what, @Nullable String id, String within) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("its " + what + " is empty");
		}
		if (id.contains("/") || id.contains("+") || id.contains("#")) {
			throw new IllegalArgumentException("its " + what + " '" + id + "' in '" + within
					+ "' contains '/', '+' or '#' (not allowed in a topic level)");
		}
	}

	@Override
	public String toString() {
		return device + "/" + metric;
	}
}
