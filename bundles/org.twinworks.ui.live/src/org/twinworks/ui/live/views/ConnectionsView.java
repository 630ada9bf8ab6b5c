// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.twinworks.live.ConnectionState;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.ui.live.LiveConnections;

/**
 * The endpoints of the open models and their connection state, with connect and disconnect; a banner says so
 * while any session runs without security (lab mode).
 */
public final class ConnectionsView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.connections";
	public static final String CONNECT = "Connect";
	public static final String DISCONNECT = "Disconnect";
	public static final String SERVER_CERTIFICATE = "Server Certificate…";

	private LabModeBanner banner;
	private TableViewer viewer;
	private Button connect;
	private Button disconnect;
	private Button certificate;
	private final ArmWritesAction armWrites = new ArmWritesAction();
	private final Runnable refresh = this::refresh;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		banner = new LabModeBanner(parent);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		for (ConnectionColumns column : ConnectionColumns.ALL) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.header());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((EndpointConnection) element);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> updateButtons());
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(buttons);
		connect = button(buttons, CONNECT, () -> selected().connect());
		disconnect = button(buttons, DISCONNECT, () -> selected().disconnect());
		certificate = button(buttons, SERVER_CERTIFICATE, this::showServerCertificate);
		getViewSite().getActionBars().getToolBarManager().add(armWrites);
		getViewSite().getActionBars().updateActionBars();
		getSite().setSelectionProvider(viewer);
		LiveConnections.get().addListener(refresh);
		refresh();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		button.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
		return button;
	}

	/** Re-reads every connection's state (UI thread; called coalesced by the service). */
	public void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		List<EndpointConnection> all = LiveConnections.get().connections();
		if (!all.equals(viewer.getInput())) {
			viewer.setInput(all);
		} else {
			viewer.refresh(true);
		}
		if (viewer.getStructuredSelection().isEmpty() && !all.isEmpty()) {
			viewer.getTable().setSelection(0);
		}
		List<EndpointConnection> insecure = all.stream().filter(EndpointConnection::insecure).toList();
		banner.show(insecure.stream().map(c -> c.endpoint().getName()).collect(Collectors.joining(", ")));
		updateButtons();
	}

	private EndpointConnection selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return (EndpointConnection) first;
	}

	private void updateButtons() {
		EndpointConnection c = selected();
		boolean idle = c != null && !c.busy() && c.model().replay() == null;
		connect.setEnabled(idle && (c.state() == ConnectionState.DISCONNECTED || c.state() == ConnectionState.FAILED));
		disconnect.setEnabled(c != null && c.hasSession());
		certificate.setEnabled(c != null && c.serverCertificate() != null);
		armWrites.target(c == null ? null : c.model());
	}

	private void showServerCertificate() {
		EndpointConnection c = selected();
		if (c != null && c.serverCertificate() != null) {
			new ServerCertificateDialog(getSite().getShell(), c.endpoint().getName(), c.serverCertificate()).open();
		}
	}

	/** The "Arm Writes" toggle of the toolbar (tests press it as a user would). */
	public org.eclipse.jface.action.IAction armWritesAction() {
		return armWrites;
	}

	/** The table (tests select rows in it, as a user would). */
	public TableViewer viewer() {
		return viewer;
	}

	/** The banner's text, or null while hidden. */
	public String bannerText() {
		return banner.text();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		LiveConnections.get().removeListener(refresh);
		armWrites.dispose();
		super.dispose();
	}

	/** A red strip above the table that is there only while a session is insecure. */
	private static final class LabModeBanner {
		private final Label label;

		LabModeBanner(Composite parent) {
			label = new Label(parent, SWT.WRAP);
			label.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			label.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
			show("");
		}

		void show(String endpoints) {
			boolean visible = !endpoints.isEmpty();
			label.setText(visible
					? " Lab mode — not secure: " + endpoints + " (messages are neither signed nor encrypted)"
					: "");
			label.setVisible(visible);
			((GridData) label.getLayoutData()).exclude = !visible;
			label.getParent().layout(true);
		}

		String text() {
			return label.isVisible() ? label.getText() : null;
		}
	}
}
