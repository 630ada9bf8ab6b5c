package org.twinworks.live;

/**
 * The attributes of one node that commissioning compares with the model: what the server says it is, its
 * current value, and for analog items the EURange and EngineeringUnits properties (null when it has none).
 *
 * @param status      Good when the node exists, otherwise why it could not be read (Bad_NodeIdUnknown, ...)
 * @param accessLevel the AccessLevel bits (1 CurrentRead, 2 CurrentWrite, ...); null for non-variables
 */
public record NodeDetails(String nodeId, String status, String namespaceUri, String browseName, String nodeClass,
		String dataType, SignalValue value, EuRange euRange, ServerUnit engineeringUnits, Integer accessLevel) {

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
	public record ServerUnit(String namespaceUri, int unitId, String symbol, String description) {
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
