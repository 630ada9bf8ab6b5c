// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.evidence;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.check.CheckFollower;
import org.twinworks.commissioning.ui.check.TitledColumn;

/**
 * The evidence records of the check selected in the checklist or the Check view (or of a selected signal or
 * equipment): each value with its unit, quality, source and server time and step; Replay opens the run's recording in
 * the Playback view at that moment. Why a record cannot be replayed is said in the view, not in a dialog.
 */
public final class EvidenceView extends ViewPart {
	public static final String ID = "org.twinworks.commissioning.ui.views.evidence";
	public static final String REPLAY = "Replay";
	static final String[] COLUMNS = {"Step", "Role", "Tag", "Value", "Unit", "Quality", "Source Time", "Server Time",
			"Captured", "Recording"};
	private static final int[] WIDTHS = {140, 80, 100, 90, 50, 150, 190, 190, 190, 220};

	private final CheckFollower follower = new CheckFollower(this, this::show, this::refresh,
			() -> this.title.isDisposed());
	private Label title;
	private TableViewer records;
	private Button replay;
	private Label message;
	private @Nullable EditorCampaign campaign;
	private @Nullable Check check;
	private EvidenceReplay.@Nullable Outcome lastReplay;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		records = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		records.getTable().setHeaderVisible(true);
		records.getTable().setLinesVisible(true);
		records.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < COLUMNS.length; i++) {
			int column = i;
			TitledColumn.add(records, COLUMNS[i], WIDTHS[i]).setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((EvidenceRow) element).text(column);
				}
			});
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 120).applyTo(records.getControl());
		records.addSelectionChangedListener(e -> replay.setEnabled(selected() != null));
		records.addDoubleClickListener(e -> replay(selected()));
		replay = new Button(parent, SWT.PUSH);
		replay.setText(REPLAY);
		replay.setToolTipText("Open the run's recording in the Playback view at the moment of this record");
		replay.addListener(SWT.Selection, e -> replay(selected()));
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		follower.start();
	}

	/** Shows the evidence of {@code shown} of {@code owner}'s campaign (null: nothing), following its changes. */
	public void show(@Nullable EditorCampaign owner, @Nullable Check shown) {
		follower.showing(owner, shown);
		campaign = owner;
		check = shown;
		message.setText("");
		refresh();
	}

	public @Nullable Check check() {
		return check;
	}

	public TableViewer records() {
		return records;
	}

	public String titleText() {
		return title.getText();
	}

	/** What the last Replay did, or why it could not, or empty. */
	public String messageText() {
		return message.getText();
	}

	/** The last Replay's outcome, or null before the first. */
	public EvidenceReplay.@Nullable Outcome lastReplay() {
		return lastReplay;
	}

	/** Replays the record in row {@code index} of the table (as selecting it and pressing Replay does). */
	public EvidenceReplay.@Nullable Outcome replay(int index) {
		Object row = records.getElementAt(index);
		if (row == null) {
			return null;
		}
		records.setSelection(new org.eclipse.jface.viewers.StructuredSelection(row), true);
		return replay((EvidenceRow) row);
	}

	private EvidenceReplay.@Nullable Outcome replay(@Nullable EvidenceRow row) {
		if (row == null || campaign == null) {
			return null;
		}
		EvidenceReplay.Outcome outcome = EvidenceReplay.replay(campaign, row);
		lastReplay = outcome;
		message.setText(outcome.message());
		message.setForeground(message.getDisplay()
				.getSystemColor(outcome.replayed() ? SWT.COLOR_WIDGET_FOREGROUND : SWT.COLOR_DARK_RED));
		message.getParent().layout(true, true);
		return outcome;
	}

	private @Nullable EvidenceRow selected() {
		return records.getStructuredSelection().getFirstElement() instanceof EvidenceRow row ? row : null;
	}

	private void refresh() {
		Check shown = check;
		List<EvidenceRow> rows = shown == null ? List.of() : EvidenceRow.of(shown);
		if (shown == null) {
			title.setText(campaign == null ? "No plant editor with a campaign" : "Select a check to see its evidence");
		} else {
			title.setText(
					"Evidence of " + shown.getId() + ": " + rows.size() + (rows.size() == 1 ? " record" : " records"));
		}
		records.setInput(rows);
		replay.setEnabled(selected() != null);
		title.getParent().layout(true, true);
	}

	@Override
	public void setFocus() {
		records.getControl().setFocus();
	}

	@Override
	public void dispose() {
		follower.close();
		super.dispose();
	}
}
