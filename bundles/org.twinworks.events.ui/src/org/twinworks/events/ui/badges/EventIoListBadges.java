// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.badges;

import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;
import org.twinworks.model.Signal;
import org.twinworks.ui.iolist.IoListTable;

/**
 * Event badges in the I/O list: the worst open severity of a signal's equipment at the left of its row number, painted over the table as the check badges are at its right, so
 * the editor's and the live side's columns stay theirs. The table paints only the rows on screen, so a repaint per
 * change of the badges costs one pass over them.
 */
final class EventIoListBadges {
	private final IoListTable table;
	private final Supplier<Map<EObject, Severity>> worst;

	EventIoListBadges(IoListTable table, Supplier<Map<EObject, Severity>> worst) {
		this.table = table;
		this.worst = worst;
		table.control().addListener(SWT.Paint, this::paint);
	}

	/** The badge a signal's row shows (its equipment's worst open severity), or null. */
	@Nullable
	Severity of(Signal signal) {
		return signal.getEquipment() == null ? null : worst.get().get(signal.getEquipment());
	}

	/** Where the badge of the row at control point {@code y} is, or null outside the rows. */
	@Nullable
	private Rectangle badgeOfRowAt(int y) {
		NatTable control = table.control();
		int position = control.getRowPositionByY(y);
		if (position < 0) {
			return null;
		}
		int top = control.getStartYOfRowPosition(position);
		int height = control.getRowHeightByPosition(position);
		int size = Math.min(SeverityImages.SIZE, height - 2);
		return new Rectangle(2, top + (height - size) / 2, size, size);
	}

	/** The badge of {@code signal}'s row on the table, or null (nothing open, row not on screen). */
	@Nullable
	Rectangle badgeOf(Signal signal) {
		if (of(signal) == null) {
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

	void redraw() {
		if (!table.control().isDisposed()) {
			table.control().redraw();
		}
	}

	private void paint(Event event) {
		if (worst.get().isEmpty()) {
			return;
		}
		NatTable control = table.control();
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
			Severity severity = signal == null ? null : of(signal);
			Rectangle badge = badgeOfRowAt(top + height / 2);
			if (severity != null && badge != null) {
				event.gc.drawImage(SeverityImages.of(severity), badge.x, badge.y);
			}
		}
	}
}
