// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.ui.CommissioningDialog;
import org.twinworks.commissioning.ui.DialogFields;
import org.twinworks.model.Plant;

/**
 * Plan Campaign…: the scope (areas, equipment or tags, comma-separated; empty for the whole plant) and the kinds of
 * check, with the checks each kind would get counted as they are edited. Enter plans.
 */
public final class PlanCampaignDialog extends CommissioningDialog {
	public static final String TITLE = "Plan Campaign";
	private static final int TYPING_PAUSE_MS = 150;

	private final Plant plant;
	private @Nullable Text scope;
	private final Map<CheckKind, Button> kindBoxes = new EnumMap<>(CheckKind.class);
	private @Nullable Table preview;
	private @Nullable Label message;
	private PlanOptions options = PlanOptions.wholePlant();
	private boolean valid = true;
	private boolean previewPending;
	private final Runnable pendingPreview = () -> {
		if (previewPending && preview != null && !preview.isDisposed()) {
			updatePreview();
		}
	};

	public PlanCampaignDialog(Shell parent, Plant plant) {
		super(parent, TITLE);
		this.plant = plant;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Text scopeText = DialogFields.labelledText(area, "Scope:", SWT.BORDER | SWT.SINGLE, 380);
		scopeText.setMessage("areas, equipment or tags, comma-separated; empty for the whole plant");
		scopeText.addModifyListener(e -> previewSoon());
		scope = scopeText;
		DialogFields.label(area, "Kinds:");
		Composite kinds = DialogFields.row(area, CheckKind.VALUES.size());
		for (CheckKind kind : CheckKind.VALUES) {
			Button box = new Button(kinds, SWT.CHECK);
			box.setText(kind.getLiteral());
			box.setSelection(PlanOptions.DEFAULT_KINDS.contains(kind));
			box.addListener(SWT.Selection, e -> updatePreview());
			kindBoxes.put(kind, box);
		}
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText("Kind");
		new TableColumn(table, SWT.RIGHT).setText("Checks");
		for (TableColumn column : table.getColumns()) {
			column.setWidth(140);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(table);
		preview = table;
		message = DialogFields.note(area, 2, SWT.DEFAULT);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Plan", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updatePreview();
	}

	/**
	 * Typing in the scope counts again once the keys pause: counting a 2,000-equipment plant takes tens of
	 * milliseconds, more on a loaded laptop, which would lag every keystroke.
	 */
	private void previewSoon() {
		if (scope == null || scope.isDisposed()) {
			return;
		}
		previewPending = true;
		scope.getDisplay().timerExec(-1, pendingPreview);
		scope.getDisplay().timerExec(TYPING_PAUSE_MS, pendingPreview);
	}

	/** Counts what the plant would get, per kind, with the options as they stand. */
	private void updatePreview() {
		previewPending = false;
		if (preview == null || scope == null || message == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		Set<CheckKind> kinds = EnumSet.noneOf(CheckKind.class);
		kindBoxes.forEach((kind, box) -> {
			if (box.getSelection()) {
				kinds.add(kind);
			}
		});
		List<String> entries = Arrays.stream(scope.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty())
				.toList();
		preview.removeAll();
		if (kinds.isEmpty()) {
			invalid("Choose at least one kind of check.");
			return;
		}
		PlanOptions candidate = new PlanOptions(entries, kinds);
		Map<CheckKind, Integer> counts;
		try {
			// counted without building the checks: a 2,000-equipment plant builds its 23,000 in most of a second
			counts = CampaignPlanner.counts(plant, candidate);
		} catch (IllegalArgumentException e) {
			invalid(e.getMessage());
			return;
		}
		counts.forEach((kind, count) -> {
			TableItem item = new TableItem(preview, SWT.NONE);
			item.setText(new String[]{kind.getLiteral(), String.valueOf(count)});
		});
		int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
		TableItem total = new TableItem(preview, SWT.NONE);
		total.setText(new String[]{"total", String.valueOf(sum)});
		options = candidate;
		valid = sum > 0;
		message.setText(valid ? "" : "Nothing to check in this scope.");
		getButton(IDialogConstants.OK_ID).setEnabled(valid);
	}

	private void invalid(String why) {
		valid = false;
		if (message != null) {
			message.setText(why);
			message.getParent().layout();
		}
		getButton(IDialogConstants.OK_ID).setEnabled(false);
	}

	/** What to plan, as last previewed. */
	public PlanOptions options() {
		return options;
	}

	/** The counts shown, kind literal → count ("total" for all of them); for tests and the benchmark. */
	public Map<String, Integer> previewCounts() {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		if (preview != null) {
			for (TableItem item : preview.getItems()) {
				counts.put(item.getText(0), Integer.valueOf(item.getText(1)));
			}
		}
		return counts;
	}

	@Override
	protected void okPressed() {
		if (previewPending) {
			// Enter right after typing plans what was typed
			updatePreview();
		}
		if (valid) {
			super.okPressed();
		}
	}
}
