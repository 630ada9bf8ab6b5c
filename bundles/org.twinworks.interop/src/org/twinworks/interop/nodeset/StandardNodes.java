// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset;

/** Well-known nodes of the base namespace (OPC 10000-3, -5, -8). */
public final class StandardNodes {
	public static final String BASE_URI = "http://opcfoundation.org/UA/";

	public static final UaNodeId HIERARCHICAL_REFERENCES = UaNodeId.base(33);
	public static final UaNodeId ORGANIZES = UaNodeId.base(35);
	public static final UaNodeId HAS_MODELLING_RULE = UaNodeId.base(37);
	public static final UaNodeId HAS_TYPE_DEFINITION = UaNodeId.base(40);
	public static final UaNodeId HAS_SUBTYPE = UaNodeId.base(45);
	public static final UaNodeId HAS_PROPERTY = UaNodeId.base(46);
	public static final UaNodeId HAS_COMPONENT = UaNodeId.base(47);
	public static final UaNodeId BASE_OBJECT_TYPE = UaNodeId.base(58);
	public static final UaNodeId FOLDER_TYPE = UaNodeId.base(61);
	public static final UaNodeId OBJECTS_FOLDER = UaNodeId.base(85);
	public static final UaNodeId SERVER = UaNodeId.base(2253);
	public static final UaNodeId ENUMERATION = UaNodeId.base(29);

	private StandardNodes() {
	}
}
