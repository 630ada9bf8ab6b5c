// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.twinworks.model.Access;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/**
 * The "Write Value…" entries of the tree, I/O list and diagram menus: one per read/write signal of the
 * selection (a signal, or the signals of a selected piece of equipment). They are there whenever such a signal
 * is selected, so the user sees writing exists, and enabled only while writing is armed and the signal is
 * connected: disarmed, no write action is enabled anywhere.
 */
public final class WriteMenus {
	public static final String WRITE_VALUE = "&Write Value…";

	private WriteMenus() {
	}

	/** Adds the write actions of {@code selection} to a JFace menu (tree, diagram). */
	public static void fill(IMenuManager menu, LiveModel live, ISelection selection, Shell shell) {
		for (IAction action : actions(live, selection, shell)) {
			menu.add(action);
		}
	}

	/** Adds a write item to a plain SWT menu (the I/O list's), refreshed each time the menu shows. */
	public static void install(Menu menu, Supplier<LiveModel> live, Supplier<ISelection> selection) {
		List<MenuItem> items = new ArrayList<>();
		menu.addListener(SWT.Show, e -> {
			items.forEach(MenuItem::dispose);
			items.clear();
			for (IAction action : actions(live.get(), selection.get(), menu.getShell())) {
				MenuItem item = new MenuItem(menu, SWT.PUSH);
				item.setText(action.getText());
				item.setEnabled(action.isEnabled());
				item.addListener(SWT.Selection, x -> action.run());
				items.add(item);
			}
		});
	}

	static List<IAction> actions(LiveModel live, ISelection selection, Shell shell) {
		List<Signal> signals = writableSignals(selection);
		List<IAction> actions = new ArrayList<>();
		for (Signal signal : signals) {
			String text = signals.size() == 1 && selectedDirectly(selection, signal)
					? WRITE_VALUE
					: "&Write " + signal.getTag() + "…";
			Action action = new Action(text) {
				@Override
				public void run() {
					if (live != null && live.writes().canWrite(signal)) {
						new WriteValueDialog(shell, live, signal).open();
					}
				}
			};
			action.setEnabled(live != null && live.writes().canWrite(signal));
			actions.add(action);
		}
		return actions;
	}

	private static List<Signal> writableSignals(ISelection selection) {
		List<Signal> signals = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			Object element = structured.getFirstElement();
			if (element instanceof Signal signal) {
				signals.add(signal);
			} else if (element instanceof Equipment equipment) {
				signals.addAll(equipment.getSignals());
			}
		}
		signals.removeIf(s -> s.getAccess() != Access.READ_WRITE);
		return signals;
	}

	private static boolean selectedDirectly(ISelection selection, Signal signal) {
		return ((IStructuredSelection) selection).getFirstElement() == signal;
	}
}
