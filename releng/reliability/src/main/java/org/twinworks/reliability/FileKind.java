// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Path;

/** One kind of file the product saves, as the crash harness exercises it: in a folder of its own. */
interface FileKind {

	String name();

	/** In the harness, once: the folder's starting state (a first version of the file, if it is replaced). */
	void prepare(Path folder) throws IOException;

	/** In the harness, before each child starts. */
	default void beforeTrial(Path folder) throws IOException {
	}

	/** In the child: saves as the product does, in a loop, announcing each save, until the harness kills it. */
	void saveUntilKilled(Path folder, Announcer announcer) throws IOException;

	/** In the harness, after the kill: what the file and its folder look like. */
	Verdict check(Path folder, ChildOutput child) throws IOException;

	/** The child's stdout protocol: "saving TOKEN" just before a save starts, "saved TOKEN" just after it ends. */
	interface Announcer {
		void saving(String token);

		void saved(String token);
	}
}
