// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A column of the Check view's tables: a title and a width; its label provider is the caller's. */
public final class TitledColumn {
	private TitledColumn() {
	}

	public static TableViewerColumn add(TableViewer viewer, String title, int width) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		return column;
	}
}
