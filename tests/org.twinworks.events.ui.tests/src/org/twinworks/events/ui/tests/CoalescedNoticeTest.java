// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.twinworks.events.ui.CoalescedNotice;
import org.twinworks.tests.harness.UiWait;

/** A flood of changes from another thread reaches the UI thread as one notice, and a later change as another. */
class CoalescedNoticeTest {

	@Test
	void aFloodOfChangesIsOneNoticeOnTheUiThread() throws Exception {
		Display display = Display.getCurrent();
		CoalescedNotice notice = new CoalescedNotice(display);
		AtomicInteger heard = new AtomicInteger();
		AtomicInteger offUiThread = new AtomicInteger();
		notice.addListener(() -> {
			heard.incrementAndGet();
			if (Display.getCurrent() != display) {
				offUiThread.incrementAndGet();
			}
		});
		Thread flood = new Thread(() -> {
			for (int i = 0; i < 10_000; i++) {
				notice.changed();
			}
		});
		// the UI thread does not dispatch meanwhile: every change finds the one notice still pending
		flood.start();
		flood.join();
		UiWait.until(() -> heard.get() > 0, Duration.ofSeconds(10), "the notice");
		UiWait.flush();
		assertEquals(1, heard.get(), "10,000 changes, one notice");

		notice.changed();
		UiWait.until(() -> heard.get() == 2, Duration.ofSeconds(10), "the next change's notice");
		assertEquals(0, offUiThread.get());
	}
}
