// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.interop;

import org.eclipse.core.runtime.IProgressMonitor;
import org.twinworks.interop.merge.ImportDraft;

/** Reads a source into a draft, off the UI thread, reporting to the monitor and stopping when it is cancelled. */
@FunctionalInterface
public interface DraftReader {

	/** @throws Exception when the source cannot be read: its message, naming file and line or node, is shown */
	ImportDraft read(IProgressMonitor monitor) throws Exception;
}
