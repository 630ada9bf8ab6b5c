// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Signal;
import org.twinworks.ui.iolist.IoListTable;

/**
 * Badges in the I/O list: a dot at the right of each signal's row number, painted over the table (the table's
 * columns belong to the editor and the live side). Hovering the row number shows the check's tooltip; a double-click on
 * it opens the signal's check.
 */
final class IoListBadges {
	private final IoListTable table;
	private final CheckStates states;

	IoListBadges(IoListTable table, CheckStates states, OpenCheck open) {
		this.table = table;
		this.states = states;
		NatTable control = table.control();
		control.addListener(SWT.Paint, this::paint);
		control.addListener(SWT.MouseMove, e -> {
			Signal signal = badgedSignalAt(e.x, e.y);
			String tip = signal == null ? null : states.of(signal).tooltip();
			if (!java.util.Objects.equals(tip, control.getToolTipText())) {
				control.setToolTipText(tip);
			}
		});
		control.addListener(SWT.MouseDoubleClick, e -> {
			Signal signal = badgedSignalAt(e.x, e.y);
			if (signal != null) {
				open.element(signal);
			}
		});
	}

	/** Where the badge of the row at control point {@code y} would be, or null outside the rows. */
	@Nullable
	Rectangle badgeOfRowAt(int y) {
		NatTable control = table.control();
		int position = control.getRowPositionByY(y);
		if (position < 0) {
			return null;
		}
		int top = control.getStartYOfRowPosition(position);
		int height = control.getRowHeightByPosition(position);
		int size = Math.min(DiagramBadges.SIZE, height - 4);
		int right = control.getColumnWidthByPosition(0);
		return new Rectangle(right - size - 3, top + (height - size) / 2, size, size);
	}

	/** The badge of {@code signal}'s row on the table, or null (no check, hidden layer, row not on screen). */
	@Nullable
	Rectangle badgeOf(Signal signal) {
		if (!CheckStatesLayer.visible() || states.of(signal) == null) {
			return null;
		}
		NatTable control = table.control();
		Rectangle client = control.getClientArea();
		for (int position = 0; position < control.getRowCount(); position++) {
			int top = control.getStartYOfRowPosition(position);
			if (top > client.height) {
				break;
			}
			int middle = top + control.getRowHeightByPosition(position) / 2;
			if (table.signalAt(new Point(1, middle)) == signal) {
				return badgeOfRowAt(middle);
			}
		}
		return null;
	}

	/** NatTable paints only what is visible: a repaint costs one pass over the rows on screen. */
	void redraw() {
		if (!table.control().isDisposed()) {
			table.control().redraw();
		}
	}

	private @Nullable Signal badgedSignalAt(int x, int y) {
		if (!CheckStatesLayer.visible() || x >= table.control().getColumnWidthByPosition(0)) {
			return null;
		}
		Signal signal = table.signalAt(new Point(x, y));
		return signal != null && states.of(signal) != null ? signal : null;
	}

	private void paint(Event event) {
		if (!CheckStatesLayer.visible() || states.elements().isEmpty()) {
			return;
		}
		NatTable control = table.control();
		// the dots are pre-drawn images (BadgeImages): no antialiasing to set up on every repaint
		for (int position = 0; position < control.getRowCount(); position++) {
			int top = control.getStartYOfRowPosition(position);
			int height = control.getRowHeightByPosition(position);
			if (top > event.y + event.height) {
				break;
			}
			if (top + height < event.y) {
				continue;
			}
			Signal signal = table.signalAt(new Point(1, top + height / 2));
			CheckStates.Entry entry = signal == null ? null : states.of(signal);
			Rectangle badge = badgeOfRowAt(top + height / 2);
			if (entry != null && badge != null) {
				DiagramBadges.paintDot(event.gc, badge, entry.badge());
			}
		}
	}
}
