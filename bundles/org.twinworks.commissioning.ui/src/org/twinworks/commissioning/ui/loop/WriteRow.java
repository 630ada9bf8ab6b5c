// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.loop;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.engine.PlannedWrites.PlannedWrite;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveText;

/**
 * One write as the confirmation shows it: the signal, the value it shows now (from the editor's working memory) and
 * the value the run writes, both with their unit; a value given back shows the value found now.
 */
public record WriteRow(String tag, String purpose, String oldText, String newText) {
	static final String NO_VALUE = "no value";

	/** The rows of {@code writes}, the old values read from {@code live} (null: none known). */
	public static List<WriteRow> of(List<PlannedWrite> writes, @Nullable LiveModel live) {
		List<WriteRow> rows = new ArrayList<>();
		for (PlannedWrite write : writes) {
			Signal signal = write.signal();
			String old = live == null ? NO_VALUE : text(signal, live.signal(signal).value());
			String written = write.restores()
					? "as found (" + old + ")"
					: text(signal, new SignalValue(write.value(), 0, "Good", null, null));
			rows.add(new WriteRow(signal.getTag(), write.purpose(), old, written));
		}
		return rows;
	}

	/** "FCV-101.OUT: 50.0 % → 25.0 % (loop step 25 %)". */
	public String line() {
		return tag + ": " + oldText + " → " + newText + " (" + purpose + ")";
	}

	private static String text(Signal signal, @Nullable SignalValue value) {
		String text = value == null ? "" : LiveText.value(signal, value);
		return text.isEmpty() ? NO_VALUE : text;
	}
}
