// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The attributes of one node that commissioning compares with the model: what the server says it is, its
 * current value, and for analog items the EURange and EngineeringUnits properties (null when it has none).
 *
 * @param status      Good when the node exists, otherwise why it could not be read (Bad_NodeIdUnknown, ...)
 * @param accessLevel the AccessLevel bits (1 CurrentRead, 2 CurrentWrite, ...); null for non-variables
 * @param valueRank   a variable's ValueRank (-1 scalar, 1 one-dimensional array, ...); null for non-variables
 * @param description the node's Description text, null when it has none
 * @param enumStrings the states an EnumStrings property names (MultiStateDiscreteType), index by index; empty if none
 */
public record NodeDetails(String nodeId, String status, @Nullable String namespaceUri, @Nullable String browseName,
		@Nullable String nodeClass, @Nullable String dataType, @Nullable SignalValue value, @Nullable EuRange euRange,
		@Nullable ServerUnit engineeringUnits, @Nullable Integer accessLevel, @Nullable Integer valueRank,
		@Nullable String description, List<String> enumStrings) {

	public NodeDetails {
		enumStrings = List.copyOf(enumStrings);
	}

	/** Details without ValueRank, Description and EnumStrings (as reconciling needs them). */
	public NodeDetails(String nodeId, String status, @Nullable String namespaceUri, @Nullable String browseName,
			@Nullable String nodeClass, @Nullable String dataType, @Nullable SignalValue value,
			@Nullable EuRange euRange, @Nullable ServerUnit engineeringUnits, @Nullable Integer accessLevel) {
		this(nodeId, status, namespaceUri, browseName, nodeClass, dataType, value, euRange, engineeringUnits,
				accessLevel, null, null, List.of());
	}

	/** A node that could not be read, {@code status} saying why. */
	public static NodeDetails missing(String nodeId, String status) {
		return new NodeDetails(nodeId, status, null, null, null, null, null, null, null, null);
	}

	/** A scalar variable (ValueRank Scalar, or unknown), as a signal holds one value. */
	public boolean scalar() {
		return valueRank == null || valueRank == -1 || valueRank == -2 || valueRank == -3;
	}

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
		/** The UNECE namespace of OPC UA Part 8, in which unitId packs a UNECE code. */
		public static final String UNECE_NAMESPACE = "http://www.opcfoundation.org/UA/units/un/cefact";

		/** The UNECE code (e.g. MTR) the unitId packs; null when the unit is of another namespace or has no id. */
		public @Nullable String uneceCode() {
			return UNECE_NAMESPACE.equals(namespaceUri) && unitId > 0 ? code(unitId) : null;
		}

		/** OPC UA Part 8 packs a UNECE code's ASCII characters into the unitId, first one highest. */
		public static String code(int unitId) {
			StringBuilder code = new StringBuilder();
			for (int shift = 24; shift >= 0; shift -= 8) {
				int c = (unitId >> shift) & 0xFF;
				if (c != 0) {
					code.append((char) c);
				}
			}
			return code.toString();
		}

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
