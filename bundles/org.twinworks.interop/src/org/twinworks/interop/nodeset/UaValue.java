// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import org.jspecify.annotations.Nullable;

/** The part of a node's {@code <Value>} the importer uses; anything else is kept only by its element name. */
public sealed interface UaValue {

	/**
	 * A built-in scalar (Boolean, the integers, Float, Double, String, DateTime, LocalizedText's text).
	 *
	 * @param type the element name, e.g. {@code Double}
	 */
	record Scalar(String type, String text) implements UaValue {
	}

	/**
	 * An EUInformation structure (OPC 10000-8).
	 *
	 * @param typeId the ExtensionObject's TypeId as written (file indices), null if missing
	 * @param unitId -1 when the file gives none
	 */
	record EuInformation(@Nullable String typeId, @Nullable String namespaceUri, int unitId,
			@Nullable String displayName, @Nullable String description) implements UaValue {
	}

	/** A Range structure (EURange, InstrumentRange). */
	record Range(@Nullable String typeId, double low, double high) implements UaValue {
	}

	/** A list of texts: ListOfLocalizedText or ListOfString (an enumeration's EnumStrings). */
	record TextList(java.util.List<String> texts) implements UaValue {
		public TextList {
			texts = java.util.List.copyOf(texts);
		}
	}

	/** A value the importer does not interpret (arrays, other structures). */
	record Unsupported(String type) implements UaValue {
	}
}
