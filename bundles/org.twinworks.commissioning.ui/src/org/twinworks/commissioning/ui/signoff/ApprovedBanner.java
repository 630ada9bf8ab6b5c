// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.signoff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * A strip for the top of a view that says the campaign is approved and therefore read-only, with Revise… to open a
 * new revision. Place it first in a parent with a {@code GridLayout}: it takes no room while the campaign is editable.
 * It follows one {@link EditorCampaign} at a time ({@link #follow}).
 */
public final class ApprovedBanner extends Composite {
	public static final String REVISE_LABEL = "Revise…";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Label text;
	private final Button revise;
	private final Runnable refresh = this::refresh;
	private @Nullable EditorCampaign record;

	public ApprovedBanner(Composite parent) {
		super(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(6, 3).applyTo(this);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(this);
		setVisible(false);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
		text = new Label(this, SWT.WRAP);
		text.setBackground(getBackground());
		text.setForeground(getDisplay().getSystemColor(SWT.COLOR_INFO_FOREGROUND));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(text);
		revise = new Button(this, SWT.PUSH);
		revise.setText(REVISE_LABEL);
		revise.addListener(SWT.Selection, e -> openRevise());
		addDisposeListener(e -> follow(null));
	}

	/** Shows the state of {@code campaign}'s record from now on (null: nothing, hidden). */
	public void follow(@Nullable EditorCampaign campaign) {
		if (record != null) {
			record.removeListener(refresh);
		}
		record = campaign;
		if (campaign != null && !isDisposed()) {
			campaign.addListener(refresh);
		}
		refresh();
	}

	/** What the banner says; empty while it is hidden. */
	public String text() {
		return getVisible() ? text.getText() : "";
	}

	/** Shows or hides the banner after the record changed. */
	public void refresh() {
		if (isDisposed()) {
			return;
		}
		Campaign campaign = record == null ? null : record.campaign();
		Signature approval = campaign == null ? null : SignatureRules.approval(campaign);
		boolean show = record != null && record.readOnly() && campaign != null;
		if (show) {
			text.setText((approval == null
					? "Approved"
					: "Approved by " + approval.getName() + " on " + when(approval.getTime()))
					+ " — read-only; Revise… to change");
		}
		if (show != getVisible()) {
			setVisible(show);
			((GridData) getLayoutData()).exclude = !show;
			getParent().layout(true, true);
		}
	}

	private void openRevise() {
		EditorCampaign current = record;
		if (current != null) {
			new ReviseDialog(getShell(), current).open();
			refresh();
		}
	}

	private static String when(String time) {
		try {
			return WHEN.format(Instant.parse(time).atZone(ZoneId.systemDefault()));
		} catch (DateTimeParseException e) {
			return time;
		}
	}
}
