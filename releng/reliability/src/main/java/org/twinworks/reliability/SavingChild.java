// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** The JVM the crash harness kills: saves one kind of file in a loop and announces each save on stdout. */
public final class SavingChild {

	private SavingChild() {
	}

	/** Arguments: the kind's index in {@link CrashDuringSave#kinds}, its folder, the size of synthetic content. */
	public static void main(String[] args) throws IOException {
		FileKind kind = CrashDuringSave.kinds(Integer.parseInt(args[2])).get(Integer.parseInt(args[0]));
		PrintStream out = System.out;
		kind.saveUntilKilled(Path.of(args[1]), new FileKind.Announcer() {
			@Override
			public void saving(String token) {
				out.println("saving " + token);
				out.flush();
			}

			@Override
			public void saved(String token) {
				out.println("saved " + token);
				out.flush();
			}
		});
	}
}
