// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import org.eclipse.core.runtime.IProgressMonitor;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.nodeset.mapping.NodeSetImportOptions;
import org.twinworks.interop.nodeset.mapping.NodeSetImporter;

/** The NodeSet2 files and folders of the request, with the models they require, into a draft. */
final class NodeSetReading {

	private NodeSetReading() {
	}

	static ImportDraft read(ImportRequest request, IProgressMonitor monitor) throws Exception {
		monitor.subTask("Loading the required models and mapping types, objects and variables");
		return NodeSetImporter.read(request.files(), NodeSetImportOptions.DEFAULT.withTypesOnly(request.typesOnly()));
	}
}
