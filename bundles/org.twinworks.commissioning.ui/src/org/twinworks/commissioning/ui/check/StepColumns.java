// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;

/** The columns of a check's steps: what was to be done and expected, and what was observed and judged. */
final class StepColumns {
	static final String[] TITLES = {"#", "Phase", "Step", "Expected", "Tolerance", "Observed", "Verdict", "Note",
			"Recorded"};

	private StepColumns() {
	}

	static void install(TableViewer viewer) {
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		int[] widths = {30, 70, 200, 160, 70, 110, 70, 220, 260};
		for (int i = 0; i < TITLES.length; i++) {
			int column = i;
			add(viewer, TITLES[i], widths[i], step -> text(step, column));
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
	}

	/** The text of a cell, as the table shows it. */
	static String text(Step step, int column) {
		return switch (column) {
		case 0 -> String.valueOf(((Check) step.eContainer()).getSteps().indexOf(step) + 1);
		case 1 -> phase(step);
		case 2 -> (step.isManual() ? "✋ " : "") + nonNull(step.getName());
		case 3 -> nonNull(step.getExpected());
		case 4 -> step.getTolerance() == null
				? ""
				: "± " + String.format(Locale.ROOT, "%.4g", step.getTolerance())
						+ (step.getUnit() == null ? "" : " " + step.getUnit());
		case 5 -> nonNull(step.getObserved());
		case 6 -> step.getVerdict().getName().toLowerCase(Locale.ROOT);
		case 7 -> nonNull(step.getNote());
		case 8 -> recorded(step);
		default -> "";
		};
	}

	/**
	 * The values the step recorded, the last of each role ("output 50, feedback 49.8, measurement 31.2"): a loop
	 * step's output, settled feedback and measurement side by side; the short trace while they moved is left out.
	 */
	static String recorded(Step step) {
		java.util.Map<String, String> last = new java.util.LinkedHashMap<>();
		for (Observation observation : step.getEvidence()) {
			if (observation.getRole() != null && !"trace".equals(observation.getRole())) {
				last.remove(observation.getRole());
				last.put(observation.getRole(), shown(observation.getValue()));
			}
		}
		StringBuilder text = new StringBuilder();
		last.forEach((role, value) -> text.append(text.isEmpty() ? "" : ", ").append(role).append(' ').append(value));
		return text.toString();
	}

	private static String shown(String value) {
		if (value == null) {
			return "no value";
		}
		try {
			return String.format(Locale.ROOT, "%.4g", Double.parseDouble(value));
		} catch (NumberFormatException e) {
			return value;
		}
	}

	static String phase(Step step) {
		return switch (step.getPhase()) {
		case COLD -> "cold";
		case HOT -> "hot";
		case AS_FOUND -> "as-found";
		case AS_LEFT -> "as-left";
		};
	}

	private static void add(TableViewer viewer, String title, int width, Function<Step, String> text) {
		TitledColumn.add(viewer, title, width).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Step) element);
			}

			@Override
			public Color getForeground(Object element) {
				Verdict verdict = ((Step) element).getVerdict();
				int color = verdict == Verdict.FAIL
						? SWT.COLOR_DARK_RED
						: verdict == Verdict.PASS ? SWT.COLOR_DARK_GREEN : SWT.COLOR_LIST_FOREGROUND;
				return Display.getCurrent().getSystemColor(color);
			}
		});
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
