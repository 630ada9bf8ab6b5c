// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.fleet;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.builtin.FleetComparisonProvider;
import org.twinworks.events.builtin.FleetInstance;
import org.twinworks.events.builtin.FleetStatistics;
import org.twinworks.events.engine.EventEngine;
import org.twinworks.events.engine.LiveEventFeed;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.SignalDirection;

/**
 * The fleets of one plant compared on one value store (live or a replay's). While the workbench's event engine runs
 * on the store (a connected model), its fleet comparison's statistics give each instance's recent values, z and
 * outlier flag, so the store feeds one engine, not two; otherwise (a replay, a store no connection feeds) a small
 * engine of its own runs only the fleet comparison. A fleet too small to be compared (fewer instances than the
 * comparison needs) still gets its trends, from the store's latest values sampled at each {@link #tiles} call.
 */
public final class FleetSource implements AutoCloseable {
	private final Plant plant;
	private final ValueStore store;
	private final Map<Signal, ArrayDeque<Double>> sampled = new HashMap<>();
	private @Nullable FleetStatistics shared;
	private @Nullable OwnEngine own;

	/** A fleet comparison's own engine on the store, when no workbench engine runs there. */
	private record OwnEngine(FleetComparisonProvider provider, EventEngine engine, LiveEventFeed feed) {
		static OwnEngine on(Plant plant, ValueStore store) {
			FleetComparisonProvider provider = new FleetComparisonProvider();
			EventEngine engine = new EventEngine(plant, List.of(provider));
			return new OwnEngine(provider, engine, LiveEventFeed.attach(store, engine));
		}

		void close() {
			feed.close();
			engine.close();
		}
	}

	/**
	 * @param shared the statistics of the workbench's engine on {@code store}, or null to run an engine of its own
	 */
	public FleetSource(Plant plant, ValueStore store, @Nullable FleetStatistics shared) {
		this.plant = plant;
		this.store = store;
		share(shared);
	}

	/**
	 * Follows the workbench's engine on the store as it comes and goes (a connection made or ended while the view
	 * is open): its statistics when there is one, an engine of its own when not.
	 */
	public void share(@Nullable FleetStatistics workbench) {
		if (workbench != null) {
			shared = workbench;
			closeOwn();
		} else {
			shared = null;
			if (own == null) {
				own = OwnEngine.on(plant, store);
			}
		}
	}

	/** Whether this source runs an engine of its own on the store (false while it shares the workbench's). */
	public boolean ownsEngine() {
		return own != null;
	}

	private FleetStatistics statistics() {
		FleetStatistics workbench = shared;
		if (workbench != null) {
			return workbench;
		}
		OwnEngine current = own;
		return current == null ? new FleetStatistics() : current.provider().statistics();
	}

	public Plant plant() {
		return plant;
	}

	public ValueStore store() {
		return store;
	}

	/** The plant's equipment types with at least two instances, by name, with their instances. */
	public Map<EquipmentType, List<Equipment>> fleets() {
		Map<EquipmentType, List<Equipment>> fleets = new LinkedHashMap<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Equipment equipment && equipment.getType() != null) {
				fleets.computeIfAbsent(equipment.getType(), t -> new ArrayList<>()).add(equipment);
			}
		}
		fleets.values().removeIf(instances -> instances.size() < 2);
		Map<EquipmentType, List<Equipment>> sorted = new LinkedHashMap<>();
		fleets.entrySet().stream().sorted(Comparator.comparing(e -> String.valueOf(e.getKey().getName())))
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** The names (tag suffixes, e.g. CUR) of the type's measured numeric signals. */
	public static List<String> signals(EquipmentType type) {
		List<String> names = new ArrayList<>();
		for (Signal template : type.getSignals()) {
			if (template.getDirection() == SignalDirection.INPUT && numeric(template.getDataType())) {
				names.add(suffix(template));
			}
		}
		return names;
	}

	/**
	 * What the tiles of {@code instances} show for {@code signal}: the comparison's latest results when the fleet
	 * is compared, else each instance's sampled values with no score.
	 */
	public List<FleetTileState> tiles(EquipmentType type, String signal, List<Equipment> instances) {
		List<FleetInstance> compared = statistics().instances(type, signal);
		if (!compared.isEmpty()) {
			return compared.stream().map(i -> new FleetTileState(i.equipment(), i.recent(), i.z(), i.outlier()))
					.toList();
		}
		List<FleetTileState> tiles = new ArrayList<>();
		for (Equipment instance : instances) {
			Signal made = signalOf(instance, signal);
			ArrayDeque<Double> values = new ArrayDeque<>();
			if (made != null) {
				values = sampled.computeIfAbsent(made, s -> new ArrayDeque<>());
				double x = store.latest(made).map(ValueStore::plotted).orElse(Double.NaN);
				if (!Double.isNaN(x)) {
					if (values.size() == FleetComparisonProvider.Settings.DEFAULTS.recentValues()) {
						values.removeFirst();
					}
					values.addLast(x);
				}
			}
			tiles.add(new FleetTileState(instance, List.copyOf(values), Double.NaN, false));
		}
		return tiles;
	}

	/** Whether the fleet is large enough for outliers to be scored. */
	public static boolean comparable(List<Equipment> instances) {
		return instances.size() >= FleetComparisonProvider.Settings.DEFAULTS.minPeers();
	}

	private static @Nullable Signal signalOf(Equipment instance, String suffix) {
		for (Signal s : instance.getSignals()) {
			if (suffix.equals(suffix(s))) {
				return s;
			}
		}
		return null;
	}

	private static boolean numeric(@Nullable SignalDataType type) {
		return type != null && switch (type) {
		case BOOLEAN, STRING, DATE_TIME, ENUMERATION -> false;
		default -> true;
		};
	}

	private static String suffix(Signal signal) {
		String tag = signal.getTag();
		return tag == null ? "" : tag.substring(tag.lastIndexOf('.') + 1);
	}

	private void closeOwn() {
		OwnEngine current = own;
		own = null;
		if (current != null) {
			current.close();
		}
	}

	@Override
	public void close() {
		closeOwn();
	}
}
