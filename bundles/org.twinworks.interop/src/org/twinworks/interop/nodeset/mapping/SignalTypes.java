// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.mapping;

import org.jspecify.annotations.Nullable;
import org.twinworks.interop.nodeset.NodeSetLibrary;
import org.twinworks.interop.nodeset.UaNodeId;
import org.twinworks.model.SignalDataType;

/** OPC UA data types to ours: the nearest built-in supertype decides (UtcTime is a DateTime, an enum an Enumeration). */
final class SignalTypes {

	private SignalTypes() {
	}

	static @Nullable SignalDataType of(NodeSetLibrary library, @Nullable UaNodeId dataType) {
		if (dataType == null) {
			return null;
		}
		for (UaNodeId type : library.supertypeChain(dataType)) {
			SignalDataType builtIn = builtIn(type);
			if (builtIn != null) {
				return builtIn;
			}
		}
		return null;
	}

	private static @Nullable SignalDataType builtIn(UaNodeId type) {
		if (type.namespace() != 0 || !type.identifier().startsWith("i=")) {
			return null;
		}
		return switch (type.identifier()) {
		case "i=1" -> SignalDataType.BOOLEAN;
		case "i=2" -> SignalDataType.SBYTE;
		case "i=3" -> SignalDataType.BYTE;
		case "i=4" -> SignalDataType.INT16;
		case "i=5" -> SignalDataType.UINT16;
		case "i=6" -> SignalDataType.INT32;
		case "i=7" -> SignalDataType.UINT32;
		case "i=8" -> SignalDataType.INT64;
		case "i=9" -> SignalDataType.UINT64;
		case "i=10" -> SignalDataType.FLOAT;
		case "i=11" -> SignalDataType.DOUBLE;
		case "i=12", "i=21" -> SignalDataType.STRING;
		case "i=13" -> SignalDataType.DATE_TIME;
		case "i=29" -> SignalDataType.ENUMERATION;
		default -> null;
		};
	}
}
