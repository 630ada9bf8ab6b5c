// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.WriteOutcome;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.WriteAudit;

/**
 * Every write attempt made from this workspace, newest first: time, user, endpoint, node and signal, old and new
 * value, outcome and reason. Read from the append-only audit file, updated as writes happen.
 */
public final class AuditLogView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.audit";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());
	private static final List<Column> COLUMNS = List.of( //
			new Column("Time", 140, r -> TIME.format(r.time())), //
			new Column("User", 80, AuditRecord::user), //
			new Column("Endpoint", 200, AuditRecord::endpoint), //
			new Column("Signal", 110, AuditRecord::tag), //
			new Column("Node", 220, AuditRecord::nodeId), //
			new Column("Old", 80, r -> text(r.oldValue())), //
			new Column("New", 80, r -> text(r.newValue())), //
			new Column("Outcome", 80, r -> r.outcome().name()), //
			new Column("Reason", 320, AuditRecord::detail));

	private TableViewer viewer;
	private final Runnable refresh = this::refresh;

	private record Column(String header, int width, Function<AuditRecord, String> text) {
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		WriteAudit audit = LiveConnections.get().audit();
		Label file = new Label(parent, SWT.NONE);
		file.setText(" Audit trail: " + audit.file());
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		for (Column column : COLUMNS) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.header());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String text = column.text().apply((AuditRecord) element);
					return text == null ? "" : text;
				}

				@Override
				public Color getForeground(Object element) {
					// a refused or failed write is the line an auditor looks for
					return ((AuditRecord) element).outcome() == WriteOutcome.OK
							? null
							: viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		getSite().setSelectionProvider(viewer);
		audit.addListener(refresh);
		refresh();
	}

	/** Re-reads the trail (UI thread; called coalesced after each write). */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(LiveConnections.get().audit().newestFirst());
	}

	/** The table (tests read its rows as painted). */
	public TableViewer viewer() {
		return viewer;
	}

	/** Header of each column, in order. */
	public static List<String> headers() {
		return COLUMNS.stream().map(Column::header).toList();
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		LiveConnections.get().audit().removeListener(refresh);
		super.dispose();
	}
}
