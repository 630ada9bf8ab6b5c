// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.interop;

import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.model.Plant;

/** Reads one kind of source into a draft; the plant it goes into is given for what the source needs from it. */
@FunctionalInterface
interface DraftSource {

	/**
	 * @throws Exception when the source cannot be read; its message names the file and line or the node, and is
	 *             printed as it is
	 */
	ImportDraft read(Plant into) throws Exception;
}
