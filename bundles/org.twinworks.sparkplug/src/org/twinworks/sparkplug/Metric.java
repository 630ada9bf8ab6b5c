// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import org.jspecify.annotations.Nullable;

/**
 * One metric of a Sparkplug payload. Births carry the name and the alias; data may carry the alias only (the host
 * decoder fills the name back in from the birth). A null value is a null metric ({@code is_null}).
 *
 * @param name the metric's name (our signal's tag), or null when only the alias is on the wire
 * @param alias the alias, or {@link #NO_ALIAS}
 * @param timestamp milliseconds since the epoch (the source timestamp)
 */
public record Metric(@Nullable String name, long alias, DataType type, long timestamp, @Nullable Object value,
		MetricProperties properties) {

	public static final long NO_ALIAS = -1;

	public Metric {
		if (value != null && !type.accepts(value)) {
			throw new IllegalArgumentException("metric " + (name != null ? "'" + name + "'" : "alias " + alias) + ": a "
					+ value.getClass().getSimpleName() + " value is not a " + type);
		}
		if (name == null && alias == NO_ALIAS) {
			throw new IllegalArgumentException("a metric needs a name or an alias");
		}
	}

	/** A metric for a birth: name and alias. */
	public static Metric birth(String name, long alias, DataType type, long timestamp, @Nullable Object value,
			MetricProperties properties) {
		return new Metric(name, alias, type, timestamp, value, properties);
	}

	/** A metric for data: alias only, with the sample's quality and server timestamp. */
	public static Metric data(long alias, DataType type, long timestamp, @Nullable Object value,
			@Nullable Long statusCode, @Nullable Long serverTimestamp) {
		return new Metric(null, alias, type, timestamp, value,
				MetricProperties.NONE.withSample(statusCode, serverTimestamp));
	}

	public boolean hasAlias() {
		return alias != NO_ALIAS;
	}

	/** This metric with its name (used by the host decoder to resolve an alias). */
	public Metric named(String newName) {
		return new Metric(newName, alias, type, timestamp, value, properties);
	}

	/** The name, or "alias N" when there is none (for messages). */
	public String label() {
		return name != null ? name : "alias " + alias;
	}
}
