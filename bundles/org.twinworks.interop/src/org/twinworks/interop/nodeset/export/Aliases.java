// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

import java.util.BitSet;
import java.util.List;

/**
 * The aliases an export may use (the reference types and data types of the base namespace, named as in the base
 * NodeSet's own alias table), and which of them it did use: only those are written.
 */
final class Aliases {
	static final String HAS_COMPONENT = "HasComponent";
	static final String HAS_PROPERTY = "HasProperty";
	static final String ORGANIZES = "Organizes";
	static final String HAS_TYPE_DEFINITION = "HasTypeDefinition";
	static final String HAS_SUBTYPE = "HasSubtype";
	static final String HAS_MODELLING_RULE = "HasModellingRule";
	static final String STRING = "String";
	static final String LOCALIZED_TEXT = "LocalizedText";
	static final String RANGE = "Range";
	static final String EU_INFORMATION = "EUInformation";

	private record Alias(String name, String nodeId) {
	}

	/** In node id order, as the base NodeSet lists them. */
	private static final List<Alias> ALL = List.of(new Alias("Boolean", "i=1"), new Alias("SByte", "i=2"),
			new Alias("Byte", "i=3"), new Alias("Int16", "i=4"), new Alias("UInt16", "i=5"), new Alias("Int32", "i=6"),
			new Alias("UInt32", "i=7"), new Alias("Int64", "i=8"), new Alias("UInt64", "i=9"),
			new Alias("Float", "i=10"), new Alias("Double", "i=11"), new Alias(STRING, "i=12"),
			new Alias("DateTime", "i=13"), new Alias(LOCALIZED_TEXT, "i=21"), new Alias(ORGANIZES, "i=35"),
			new Alias(HAS_MODELLING_RULE, "i=37"), new Alias(HAS_TYPE_DEFINITION, "i=40"),
			new Alias(HAS_SUBTYPE, "i=45"), new Alias(HAS_PROPERTY, "i=46"), new Alias(HAS_COMPONENT, "i=47"),
			new Alias(RANGE, "i=884"), new Alias(EU_INFORMATION, "i=887"));

	private final BitSet declared = new BitSet(ALL.size());

	/** Before writing: the alias will be used. */
	void declare(String name) {
		declared.set(indexOf(name));
	}

	/** While writing: the alias, which must have been declared (the table is written before the nodes). */
	String use(String name) {
		if (!declared.get(indexOf(name))) {
			throw new IllegalStateException("the alias " + name + " is used but was not declared");
		}
		return name;
	}

	private static int indexOf(String name) {
		for (int i = 0; i < ALL.size(); i++) {
			if (ALL.get(i).name().equals(name)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no alias " + name);
	}

	void write(UaXml xml) throws javax.xml.stream.XMLStreamException {
		xml.open("Aliases");
		for (int i = declared.nextSetBit(0); i >= 0; i = declared.nextSetBit(i + 1)) {
			xml.open("Alias");
			xml.attribute("Alias", ALL.get(i).name());
			xml.text(ALL.get(i).nodeId());
			xml.close();
		}
		xml.close();
	}
}
