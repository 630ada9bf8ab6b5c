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
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;

/** The columns of a check's steps: what was to be done and expected, and what was observed and judged. */
final class StepColumns {
	static final String[] TITLES = {"#", "Phase", "Step", "Expected", "Tolerance", "Observed", "Verdict", "Note"};

	private StepColumns() {
	}

	static void install(TableViewer viewer) {
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		int[] widths = {30, 70, 200, 160, 70, 110, 70, 220};
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
		default -> "";
		};
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
