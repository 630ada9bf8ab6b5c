// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.util.ArrayList;
import java.util.List;

/** The figures of one kind of file over its trials. */
final class Tally {
	final String kind;
	int trials;
	int killedMidSave;
	int corrupt;
	int unloadable;
	int leftoversFromKills;
	int leftoversAfterOpen;
	int tornTails;
	int systemTemporaryFiles;
	final List<String> failures = new ArrayList<>();

	Tally(String kind) {
		this.kind = kind;
	}

	void add(int trial, Verdict verdict, boolean midSave) {
		trials++;
		killedMidSave += midSave ? 1 : 0;
		leftoversFromKills += verdict.leftoversFromKill();
		leftoversAfterOpen += verdict.leftoversAfterOpen();
		tornTails += verdict.tornTail() ? 1 : 0;
		if (verdict.corruption() != null) {
			corrupt++;
			failures.add("trial " + trial + ": " + verdict.corruption());
		}
		if (verdict.unloadable()) {
			unloadable++;
			failures.add("trial " + trial + ": the product cannot read the file");
		}
		if (verdict.leftoversAfterOpen() > 0) {
			failures.add("trial " + trial + ": " + verdict.leftoversAfterOpen() + " temporary file(s) still there");
		}
	}

	/** Files a kill left in the system's temporary folder, where no open or save of ours would find them. */
	void addSystemTemporaryFiles(int trial, List<String> names) {
		systemTemporaryFiles += names.size();
		if (!names.isEmpty()) {
			failures.add("trial " + trial + ": left in the system's temporary folder: " + names);
		}
	}

	boolean failed() {
		return corrupt > 0 || unloadable > 0 || leftoversAfterOpen > 0 || systemTemporaryFiles > 0;
	}
}
