// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.fleet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.builtin.FleetStatistics;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.LiveModel;

/**
 * Fleet comparison as a view: for an equipment type of the active plant (chosen, or that of the selected
 * equipment) and one of its signals, a small trend per instance side by side, outliers framed red with their
 * robust z. Fed from the active plant editor's value store (live or replayed), refreshed {@link #REFRESH_MS}.
 */
public final class FleetView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.fleet";
	public static final int REFRESH_MS = 250;
	public static final String EMPTY = "Connect or replay to compare: the Fleet view shows one signal of every "
			+ "instance of an equipment type side by side, with the fleet's outliers framed red.";

	private Combo types;
	private Combo signals;
	private Label status;
	private ScrolledComposite scroller;
	private Composite grid;
	private final List<FleetTile> tiles = new ArrayList<>();
	private @Nullable FleetSource source;
	private boolean pinned;
	private List<EquipmentType> typeChoices = List.of();
	private Map<EquipmentType, List<Equipment>> fleets = Map.of();
	private final ISelectionListener selectionListener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText("Type:");
		types = new Combo(top, SWT.READ_ONLY);
		types.addListener(SWT.Selection, e -> typeChosen());
		new Label(top, SWT.NONE).setText("Signal:");
		signals = new Combo(top, SWT.READ_ONLY);
		signals.addListener(SWT.Selection, e -> rebuildTiles());
		status = new Label(top, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		grid = new Composite(scroller, SWT.NONE);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.spacing = 6;
		grid.setLayout(rows);
		scroller.setContent(grid);
		scroller.setExpandHorizontal(true);
		scroller.addListener(SWT.Resize, e -> layoutGrid());
		getSite().getPage().addSelectionListener(selectionListener);
		tick();
	}

	/** Compares the fleets of {@code plant} on {@code store} from now on, no longer following the active editor. */
	public void show(Plant plant, ValueStore store) {
		pinned = true;
		use(plant, store);
	}

	public List<FleetTile> tiles() {
		return List.copyOf(tiles);
	}

	public String statusText() {
		return status.getText();
	}

	public List<String> typeItems() {
		return List.of(types.getItems());
	}

	/** Chooses the type (by name) and signal shown, as the combos do. */
	public void choose(String typeName, String signal) {
		for (int i = 0; i < typeChoices.size(); i++) {
			if (typeName.equals(typeChoices.get(i).getName())) {
				types.select(i);
				typeChosen();
			}
		}
		int index = signals.indexOf(signal);
		if (index >= 0) {
			signals.select(index);
			rebuildTiles();
		}
	}

	private void tick() {
		if (types.isDisposed()) {
			return;
		}
		FleetSource current = source;
		LiveModel model = pinned ? null : Adapters.adapt(getSite().getPage().getActiveEditor(), LiveModel.class);
		if (model != null) {
			use(model.plant(), model.store());
		} else if (current != null) {
			use(current.plant(), current.store());
		}
		refreshTiles();
		types.getDisplay().timerExec(REFRESH_MS, this::tick);
	}

	private void use(Plant plant, ValueStore store) {
		FleetSource current = source;
		if (current != null && current.plant() == plant && current.store() == store) {
			current.share(workbenchStatistics(store));
			return;
		}
		if (current != null) {
			current.close();
		}
		FleetSource created = new FleetSource(plant, store, workbenchStatistics(store));
		source = created;
		fleets = created.fleets();
		typeChoices = new ArrayList<>(fleets.keySet());
		types.setItems(
				typeChoices.stream().map(t -> t.getName() + " (" + fleets.get(t).size() + ")").toArray(String[]::new));
		if (!typeChoices.isEmpty()) {
			types.select(0);
		}
		typeChosen();
	}

	private static @Nullable FleetStatistics workbenchStatistics(ValueStore store) {
		return WorkbenchEvents.get().fleetStatistics(store).orElse(null);
	}

	/** The comparison the view shows, for tests: whether it shares the workbench's engine or runs its own. */
	public @Nullable FleetSource source() {
		return source;
	}

	private void typeChosen() {
		EquipmentType type = chosenType();
		signals.setItems(type == null ? new String[0] : FleetSource.signals(type).toArray(String[]::new));
		if (signals.getItemCount() > 0) {
			signals.select(0);
		}
		types.getParent().layout(true);
		rebuildTiles();
	}

	private @Nullable EquipmentType chosenType() {
		int index = types.getSelectionIndex();
		return index < 0 || index >= typeChoices.size() ? null : typeChoices.get(index);
	}

	private void rebuildTiles() {
		tiles.forEach(Control::dispose);
		tiles.clear();
		EquipmentType type = chosenType();
		if (type != null && signals.getSelectionIndex() >= 0) {
			for (int i = 0; i < fleets.get(type).size(); i++) {
				tiles.add(new FleetTile(grid));
			}
		}
		layoutGrid();
		refreshTiles();
	}

	private void layoutGrid() {
		int width = scroller.getClientArea().width;
		grid.setSize(grid.computeSize(Math.max(width, FleetTile.WIDTH), SWT.DEFAULT));
		grid.layout(true);
		scroller.setMinHeight(grid.getSize().y);
	}

	/** Shows the comparison's latest results (the view's timer calls it {@link #REFRESH_MS}). */
	public void refreshTiles() {
		FleetSource current = source;
		EquipmentType type = chosenType();
		if (current == null || type == null || signals.getSelectionIndex() < 0) {
			setStatus(current == null
					? EMPTY
					: "No equipment type of " + current.plant().getName() + " has two instances or more to compare.");
			return;
		}
		List<Equipment> instances = fleets.get(type);
		List<FleetTileState> states = current.tiles(type, signals.getItem(signals.getSelectionIndex()), instances);
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (FleetTileState state : states) {
			for (double v : state.recent()) {
				low = Math.min(low, v);
				high = Math.max(high, v);
			}
		}
		for (int i = 0; i < tiles.size() && i < states.size(); i++) {
			tiles.get(i).show(states.get(i), low, high);
		}
		boolean anyValue = states.stream().anyMatch(s -> !s.recent().isEmpty());
		long outliers = states.stream().filter(FleetTileState::outlier).count();
		setStatus(!anyValue
				? EMPTY
				: !FleetSource.comparable(instances)
						? instances.size() + " instances: too few to score outliers (trends only)"
						: outliers == 0
								? "No outlier among " + instances.size() + " instances"
								: outliers + " outlier" + (outliers == 1 ? "" : "s") + " among " + instances.size()
										+ " instances");
	}

	private void setStatus(String text) {
		if (!text.equals(status.getText())) {
			status.setText(text);
			status.getParent().layout(true);
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured)
				|| !(structured.getFirstElement() instanceof Equipment equipment) || equipment.getType() == null) {
			return;
		}
		int index = typeChoices.indexOf(equipment.getType());
		if (index >= 0 && index != types.getSelectionIndex()) {
			types.select(index);
			typeChosen();
		}
	}

	@Override
	public void setFocus() {
		types.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectionListener);
		FleetSource current = source;
		if (current != null) {
			current.close();
		}
		super.dispose();
	}
}
