// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.twinworks.commissioning.record.CheckKind;

/**
 * The Checklist view's filter widgets: a search box, a toggle per state and per kind, and "My checks". Each change
 * hands the view the filter it asks for.
 */
final class ChecklistFilterBar {
	private final Text search;
	private final Map<ChecklistState, Button> stateButtons = new EnumMap<>(ChecklistState.class);
	private final Map<CheckKind, Button> kindButtons = new EnumMap<>(CheckKind.class);
	private final Button mine;

	/** {@code apply} is told each change as a step from the filter in force to the next. */
	ChecklistFilterBar(Composite parent, Supplier<String> user, Consumer<UnaryOperator<ChecklistFilter>> apply) {
		Composite filters = new Composite(parent, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.wrap = true;
		row.center = true;
		row.marginTop = row.marginBottom = 0;
		filters.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		search = new Text(filters, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
		search.setMessage("Filter by tag or description");
		search.setLayoutData(new RowData(180, SWT.DEFAULT));
		search.addModifyListener(e -> apply.accept(f -> f.withText(search.getText())));
		for (ChecklistState state : ChecklistState.values()) {
			Button button = toggle(filters, state.label(), "Show " + state.label().toLowerCase() + " checks");
			button.addListener(SWT.Selection, e -> apply.accept(f -> f.withStates(selected(stateButtons))));
			stateButtons.put(state, button);
		}
		for (CheckKind kind : CheckKind.VALUES) {
			Button button = toggle(filters, kind.getLiteral(), "Show " + kind.getLiteral() + " checks");
			button.addListener(SWT.Selection, e -> apply.accept(f -> f.withKinds(selected(kindButtons))));
			kindButtons.put(kind, button);
		}
		mine = new Button(filters, SWT.CHECK);
		mine.setText("My checks");
		mine.setToolTipText("Only checks assigned to " + user.get()
				+ " (and unassigned ones with an observation, comment or punch item of theirs)");
		mine.addListener(SWT.Selection, e -> apply.accept(f -> f.withMine(mine.getSelection() ? user.get() : null)));
	}

	private static Button toggle(Composite parent, String text, String tip) {
		Button button = new Button(parent, SWT.TOGGLE);
		button.setText(text);
		button.setToolTipText(tip);
		button.setSelection(true);
		return button;
	}

	private static <K extends Enum<K>> Set<K> selected(Map<K, Button> buttons) {
		Set<K> on = new HashSet<>();
		buttons.forEach((key, button) -> {
			if (button.getSelection()) {
				on.add(key);
			}
		});
		return on.isEmpty() ? Set.of() : EnumSet.copyOf(on);
	}

	/** Every widget back to "show all" (the caller applies the matching filter). */
	void clear() {
		search.setText("");
		stateButtons.values().forEach(b -> b.setSelection(true));
		kindButtons.values().forEach(b -> b.setSelection(true));
		mine.setSelection(false);
	}

	Text searchBox() {
		return search;
	}

	Button stateButton(ChecklistState state) {
		return stateButtons.get(state);
	}

	Button kindButton(CheckKind kind) {
		return kindButtons.get(kind);
	}

	Button mineButton() {
		return mine;
	}
}
