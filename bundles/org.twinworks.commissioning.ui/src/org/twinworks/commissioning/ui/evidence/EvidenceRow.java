// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.evidence;

import java.util.ArrayList;
import java.util.List;

import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Step;

/** One evidence record of a check, with the step (1-based position and step) it proves. */
public record EvidenceRow(int stepNumber, Step step, Observation observation) {

	/** Every evidence record of {@code check}, step by step, in the order they were taken. */
	public static List<EvidenceRow> of(Check check) {
		List<EvidenceRow> rows = new ArrayList<>();
		for (int i = 0; i < check.getSteps().size(); i++) {
			Step step = check.getSteps().get(i);
			for (Observation observation : step.getEvidence()) {
				rows.add(new EvidenceRow(i + 1, step, observation));
			}
		}
		return rows;
	}

	/** The column texts: step, role, tag, value, unit, quality, source time, server time, captured, recording. */
	public String text(int column) {
		Observation o = observation;
		String text = switch (column) {
		case 0 -> stepNumber + " " + step.getName();
		case 1 -> o.getRole();
		case 2 -> o.getTag();
		case 3 -> o.getValue();
		case 4 -> step.getUnit();
		case 5 -> o.getStatus() == null ? null : o.getStatus() + " (0x" + Long.toHexString(o.getStatusCode()) + ")";
		case 6 -> o.getSourceTime();
		case 7 -> o.getServerTime();
		case 8 -> o.getCapturedAt();
		case 9 -> o.getSession() == null ? null : o.getSession().getRecording();
		default -> null;
		};
		return text == null ? "" : text;
	}
}
