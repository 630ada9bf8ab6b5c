// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import org.eclipse.core.runtime.IProgressMonitor;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Plant;

/** Reads what the source page asked for into a draft, off the UI thread. */
final class ImportReaders {

	private ImportReaders() {
	}

	static ImportDraft read(ImportRequest request, Plant into, IProgressMonitor monitor) throws Exception {
		throw new UnsupportedOperationException("wired when the readers land");
	}
}
