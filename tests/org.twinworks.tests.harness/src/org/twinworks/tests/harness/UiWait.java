// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.harness;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the SWT event loop until a condition holds, so UI tests wait for the UI instead of sleeping. */
public final class UiWait {

	private UiWait() {
	}

	/** Processes events until {@code condition} holds; fails with {@code what} after {@code timeout}. */
	public static void until(BooleanSupplier condition, Duration timeout, String what) {
		Display display = Display.getCurrent();
		if (display == null) {
			throw new IllegalStateException("UiWait.until must run on the UI thread");
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				// nothing pending: let timers and other threads' asyncExecs arrive without spinning hot
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Waits until {@code value} is non-null and returns it. */
	public static <T> T forValue(Supplier<T> value, Duration timeout, String what) {
		Object[] holder = new Object[1];
		until(() -> (holder[0] = value.get()) != null, timeout, what);
		@SuppressWarnings("unchecked")
		T result = (T) holder[0];
		return result;
	}

	/** Processes every pending event once. */
	public static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
