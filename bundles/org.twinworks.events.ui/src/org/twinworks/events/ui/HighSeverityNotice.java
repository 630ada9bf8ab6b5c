// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui;

import java.util.function.BooleanSupplier;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.core.runtime.ILog;
import org.twinworks.events.Severity;

/**
 * Brings the Events view up, without taking the focus, when a HIGH or CRITICAL frame opens that nobody has
 * acknowledged (when the preference asks for it): such a frame should not wait for someone to open the view.
 */
final class HighSeverityNotice {
	static final String EVENTS_VIEW = "org.twinworks.ui.views.events";
	private final EventBook book;
	private final BooleanSupplier enabled;
	// entries up to this key have been looked at: keys only grow
	private long seen;
	private int shown;

	HighSeverityNotice(EventBook book, BooleanSupplier enabled) {
		this.book = book;
		this.enabled = enabled;
	}

	/** UI thread, once per batch of changes. */
	void check() {
		boolean urgent = false;
		long newest = seen;
		for (EventEntry entry : book.entries()) {
			if (entry.key() <= seen) {
				break;
			}
			newest = Math.max(newest, entry.key());
			urgent |= entry.frame().isOpen() && !entry.acknowledged()
					&& entry.frame().severity().compareTo(Severity.HIGH) >= 0;
		}
		seen = newest;
		if (urgent && enabled.getAsBoolean() && PlatformUI.isWorkbenchRunning()) {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page != null) {
				try {
					page.showView(EVENTS_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
					shown++;
				} catch (PartInitException e) {
					ILog.of(HighSeverityNotice.class).warn("Could not bring the Events view up", e);
				}
			}
		}
	}

	/** How many times the view was brought up (tests). */
	int shown() {
		return shown;
	}
}
