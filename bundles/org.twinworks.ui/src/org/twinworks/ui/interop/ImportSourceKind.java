// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

/** What the import wizard can read. */
public enum ImportSourceKind {
	NODESET("OPC UA NodeSet2 files (.xml): types and instances, with the models they require", true), CSV(
			"CSV tag list (.csv) exported from a PLC or DCS engineering tool", false), AML(
					"AutomationML (.aml, CAEX 2.15 or 3.0): the instance hierarchy with interfaces and links", false);

	final String label;
	final boolean manyFiles;

	ImportSourceKind(String label, boolean manyFiles) {
		this.label = label;
		this.manyFiles = manyFiles;
	}
}
