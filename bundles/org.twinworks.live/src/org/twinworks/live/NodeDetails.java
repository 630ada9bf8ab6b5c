// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of one node that commissioning compares with the model: what the server says it is, its
 * current value, and for analog items the EURange and EngineeringUnits properties (null when it has none).
 *
 * @param status      Good when the node exists, otherwise why it could not be read (Bad_NodeIdUnknown, ...)
 * @param accessLevel the AccessLevel bits (1 CurrentRead, 2 CurrentWrite, ...); null for non-variables
 */
public record NodeDetails(String nodeId, String status, @Nullable String namespaceUri, @Nullable String browseName,
		@Nullable String nodeClass, @Nullable String dataType, @Nullable SignalValue value, @Nullable EuRange euRange,
		@Nullable ServerUnit engineeringUnits, @Nullable Integer accessLevel) {

	public boolean exists() {
		return "Good".equals(status);
	}

	public boolean readable() {
		return accessLevel != null && (accessLevel & 1) != 0;
	}

	public boolean writable() {
		return accessLevel != null && (accessLevel & 2) != 0;
	}

	/** A server's EURange property. */
	public record EuRange(double low, double high) {
		@Override
		public String toString() {
			return low + " .. " + high;
		}
	}

	/** A server's EngineeringUnits (EUInformation): UNECE unit id, symbol and description. */
	public record ServerUnit(String namespaceUri, int unitId, @Nullable String symbol, @Nullable String description) {
		@Override
		public String toString() {
			return symbol + " (UNECE id " + unitId + ")";
		}
	}

	/** The access the node grants, e.g. {@code CurrentRead|CurrentWrite}. */
	public String accessText() {
		if (accessLevel == null) {
			return "-";
		}
		String text = (readable() ? "CurrentRead" : "") + (writable() ? (readable() ? "|" : "") + "CurrentWrite" : "");
		return text.isEmpty() ? "None" : text;
	}
}
