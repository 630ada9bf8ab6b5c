// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.preferences;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.twinworks.live.Thumbprints;
import org.twinworks.ui.live.CertificateDetails;

/** One PKI folder as a titled table of its certificates, with buttons beside it that act on the selection. */
final class CertificateTable {
	private record Column(String header, int width, Function<StoredCertificate, String> text) {
	}

	private static final List<Column> COLUMNS = List.of( //
			new Column("Subject", 200, c -> c.certificate().getSubjectX500Principal().getName()), //
			new Column("Valid until", 110, c -> CertificateDetails.date(c.certificate().getNotAfter().toInstant())), //
			new Column("SHA-256", 260, c -> Thumbprints.of(c.certificate())), //
			new Column("File", 160, c -> c.file().getFileName().toString()));

	private final Path folder;
	private final TableViewer viewer;
	private final Composite buttons;

	CertificateTable(Composite parent, String title, Path folder) {
		this.folder = folder;
		Group group = new Group(parent, SWT.NONE);
		group.setText(title + "  (" + folder + ")");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		viewer = new TableViewer(group, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 90).applyTo(viewer.getControl());
		for (Column column : COLUMNS) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.header());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.text().apply((StoredCertificate) element);
				}
			});
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		buttons = new Composite(group, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		reload();
	}

	/** A button that runs {@code action} on the selected certificate, enabled only while one is selected. */
	Button button(String text, java.util.function.Consumer<StoredCertificate> action) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.setEnabled(false);
		viewer.addSelectionChangedListener(e -> button.setEnabled(selected() != null));
		button.addListener(SWT.Selection, e -> {
			StoredCertificate c = selected();
			if (c != null) {
				action.accept(c);
			}
		});
		return button;
	}

	void reload() {
		viewer.setInput(StoredCertificate.in(folder));
	}

	StoredCertificate selected() {
		return (StoredCertificate) viewer.getStructuredSelection().getFirstElement();
	}

	Path folder() {
		return folder;
	}

	TableViewer viewer() {
		return viewer;
	}
}
