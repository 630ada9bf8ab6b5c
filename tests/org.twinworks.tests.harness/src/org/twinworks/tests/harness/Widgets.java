// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.tests.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Finds widgets in a live widget tree, the way a user would find them on screen. */
public final class Widgets {

	private Widgets() {
	}

	public static <T extends Control> List<T> findAll(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	public static <T extends Control> Optional<T> find(Control root, Class<T> type, Predicate<? super T> filter) {
		List<T> all = findAll(root, type, filter);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	/** Searches every open shell of the current display. */
	public static <T extends Control> Optional<T> findInAnyShell(Class<T> type, Predicate<? super T> filter) {
		for (Shell shell : Display.getCurrent().getShells()) {
			Optional<T> found = find(shell, type, filter);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** True when the control and all its parents are visible and it has a non-empty size. */
	public static boolean isShowing(Control control) {
		if (control == null || control.isDisposed() || !control.isVisible()) {
			return false;
		}
		var size = control.getSize();
		return size.x > 0 && size.y > 0 && (control.getParent() == null || isShowing(control.getParent()));
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> filter,
			List<T> found) {
		if (control.isDisposed()) {
			return;
		}
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}
}
