// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.nodeset.export;

/** The plant cannot be exported as a NodeSet2 as it is; the message names the element and what to change. */
public final class NodeSetExportException extends Exception {
	private static final long serialVersionUID = 1L;

	public NodeSetExportException(String message) {
		super(message);
	}
}
