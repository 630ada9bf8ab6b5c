// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.analytics.RobustStats;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * Fleet comparison for every equipment type with at least {@link Settings#minPeers()} instances: one
 * {@link FleetComparison} per analog signal template of the type (the instances' signals made from it, so the same
 * signal by name relative to its equipment). The condition the instances must share is chosen from the type's
 * templates: its speed (the template tagged SPD, compared within ±band) when it has one, else its running
 * feedback (RUN, compared for equality); the condition itself is not compared. A type with neither takes its
 * condition from the instances' context when every instance has one: the setpoint of the control loop whose final
 * element it is (pumps of one flow loop each, compared with those at a similar setpoint, within ±band); else none.
 */
public final class FleetComparisonProvider implements DetectorProvider {
	/** How often, in data time, a changed fleet is compared again. */
	public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(1);

	/**
	 * @param threshold |robust z| above which an instance is an outlier (3.5, Iglewicz and Hoaglin)
	 * @param band the relative width of a numeric condition's bin (0.1: ±10 %)
	 * @param minPeers fewest instances in one condition bin for a score to mean something (5)
	 * @param maxAge a value older than this at a comparison is not fresh (1 minute)
	 * @param period data time between comparisons of a changed fleet
	 * @param recentValues values kept per instance for a view's small trend
	 * @param spreadFloor the least MAD, relative to the median (0.01: instances of one type within 1 % of each
	 *            other are alike; without it, eight identical machines' measurement noise alone makes MAD so
	 *            small by chance that a healthy one scores above 3.5 now and then)
	 */
	public record Settings(double threshold, double band, int minPeers, Duration maxAge, Duration period,
			int recentValues, double spreadFloor) {
		public static final Settings DEFAULTS = new Settings(RobustStats.OUTLIER_Z, 0.1, 5, Duration.ofMinutes(1),
				DEFAULT_PERIOD, 120, 0.01);
	}

	private final Settings settings;
	private final FleetStatistics statistics = new FleetStatistics();

	public FleetComparisonProvider() {
		this(Settings.DEFAULTS);
	}

	public FleetComparisonProvider(Settings settings) {
		this.settings = settings;
	}

	public FleetStatistics statistics() {
		return statistics;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		Map<EquipmentType, List<Equipment>> fleets = new LinkedHashMap<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Equipment equipment && equipment.getType() != null) {
				fleets.computeIfAbsent(equipment.getType(), t -> new ArrayList<>()).add(equipment);
			}
		}
		List<Detector> detectors = new ArrayList<>();
		Map<Equipment, Signal> setpoints = new HashMap<>();
		for (ControlLoop loop : plant.getControlLoops()) {
			if (loop.getFinalElement() != null && loop.getSetpoint() != null
					&& SignalRoles.isNumeric(loop.getSetpoint())) {
				setpoints.putIfAbsent(loop.getFinalElement(), loop.getSetpoint());
			}
		}
		fleets.forEach((type, instances) -> {
			if (instances.size() >= settings.minPeers()) {
				detectors.addAll(comparisonsOf(type, instances, setpoints));
			}
		});
		return detectors;
	}

	private List<Detector> comparisonsOf(EquipmentType type, List<Equipment> instances,
			Map<Equipment, Signal> setpoints) {
		Signal condition = conditionOf(type);
		boolean bySetpoint = condition == null && setpoints.keySet().containsAll(instances);
		List<Detector> detectors = new ArrayList<>();
		for (Signal template : type.getSignals()) {
			if (template == condition || !SignalRoles.isAnalog(template)) {
				continue;
			}
			Map<Signal, Equipment> compared = new LinkedHashMap<>();
			Map<Equipment, @Nullable Signal> conditions = new HashMap<>();
			for (Equipment instance : instances) {
				Signal signal = madeFrom(instance, template);
				if (signal != null) {
					compared.put(signal, instance);
					conditions.put(instance,
							bySetpoint
									? setpoints.get(instance)
									: condition == null ? null : madeFrom(instance, condition));
				}
			}
			if (compared.size() >= settings.minPeers()) {
				detectors.add(new FleetComparison(type, SignalRoles.suffix(template), compared, conditions, settings,
						statistics));
			}
		}
		return detectors;
	}

	/** The type's operating condition: its speed, else its running feedback, else null. */
	static @Nullable Signal conditionOf(EquipmentType type) {
		Signal running = null;
		for (Signal template : type.getSignals()) {
			String suffix = SignalRoles.suffix(template);
			if (suffix.equals("SPD") && SignalRoles.isNumeric(template)) {
				return template;
			}
			if (suffix.equals("RUN") && SignalRoles.isBoolean(template)) {
				running = template;
			}
		}
		return running;
	}

	private static @Nullable Signal madeFrom(Equipment instance, Signal template) {
		for (Signal signal : instance.getSignals()) {
			if (signal.getTemplate() == template) {
				return signal;
			}
		}
		return null;
	}
}
