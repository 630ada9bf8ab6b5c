// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

import org.jspecify.annotations.Nullable;

/** The node classes a NodeSet2 file declares, each with its element name. */
public enum UaNodeClass {
	OBJECT("UAObject"), VARIABLE("UAVariable"), METHOD("UAMethod"), VIEW("UAView"), OBJECT_TYPE(
			"UAObjectType"), VARIABLE_TYPE(
					"UAVariableType"), DATA_TYPE("UADataType"), REFERENCE_TYPE("UAReferenceType");

	private final String elementName;

	UaNodeClass(String elementName) {
		this.elementName = elementName;
	}

	public String elementName() {
		return elementName;
	}

	public boolean isType() {
		return this == OBJECT_TYPE || this == VARIABLE_TYPE || this == DATA_TYPE || this == REFERENCE_TYPE;
	}

	public static @Nullable UaNodeClass ofElement(String localName) {
		for (UaNodeClass c : values()) {
			if (c.elementName.equals(localName)) {
				return c;
			}
		}
		return null;
	}
}
