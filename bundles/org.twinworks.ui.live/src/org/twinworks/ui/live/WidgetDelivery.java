// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Widget;

/**
 * How a job hands its result to a widget: the display is taken on the UI thread before the job starts (asking
 * a disposed widget for it throws), and the update runs only while the widget still exists, so a view or dialog
 * closed mid-job makes its job's result vanish silently instead of an SWTException in the log.
 */
public final class WidgetDelivery {
	private WidgetDelivery() {
	}

	/** Any thread: runs {@code update} on {@code display}'s thread if {@code widget} is not disposed by then. */
	public static void deliver(Display display, Widget widget, Runnable update) {
		if (display.isDisposed()) {
			return;
		}
		try {
			display.asyncExec(() -> {
				if (!widget.isDisposed()) {
					update.run();
				}
			});
		} catch (org.eclipse.swt.SWTException e) {
			// the display was disposed between the check and the call: nobody is left to show the result to
		}
	}
}
