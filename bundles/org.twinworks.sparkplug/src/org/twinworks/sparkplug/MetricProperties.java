// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sparkplug;

import org.jspecify.annotations.Nullable;

/**
 * The properties we put in a metric's property set. Births carry unit, range and description; any message carries
 * the OPC UA StatusCode when the value is not Good (absent means Good) and the server timestamp, so quality and both
 * timestamps survive the trip. Wire keys: {@value #UNIT}, {@value #LOW}, {@value #HIGH}, {@value #DESCRIPTION},
 * {@value #STATUS_CODE} (UInt32) and {@value #SERVER_TIMESTAMP} (DateTime).
 */
public record MetricProperties(@Nullable String unit, @Nullable Double low, @Nullable Double high,
		@Nullable String description, @Nullable Long statusCode, @Nullable Long serverTimestamp) {

	public static final String UNIT = "engUnit";
	public static final String LOW = "engLow";
	public static final String HIGH = "engHigh";
	public static final String DESCRIPTION = "description";
	public static final String STATUS_CODE = "StatusCode";
	public static final String SERVER_TIMESTAMP = "serverTimestamp";

	public static final MetricProperties NONE = new MetricProperties(null, null, null, null, null, null);

	/** Whether no property is set (the metric then has no property set on the wire). */
	public boolean isEmpty() {
		return unit == null && low == null && high == null && description == null && statusCode == null
				&& serverTimestamp == null;
	}

	/** These properties with the quality and server timestamp of one sample. */
	public MetricProperties withSample(@Nullable Long newStatusCode, @Nullable Long newServerTimestamp) {
		return new MetricProperties(unit, low, high, description, newStatusCode, newServerTimestamp);
	}

	/** The OPC UA status code, Good (0) when absent. */
	public long statusCodeOrGood() {
		return statusCode == null ? 0L : statusCode;
	}
}
