// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.EventFrame;
import org.twinworks.events.EventSink;
import org.twinworks.events.NumberValue;
import org.twinworks.events.Severity;
import org.twinworks.events.analytics.RobustStats;
import org.twinworks.live.SignalValue;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Signal;

/**
 * One signal compared across the instances of one equipment type (motor current across the motors of a type).
 * Every {@link FleetComparisonProvider#DEFAULT_PERIOD} of data time after a change, each instance with a fresh
 * good value is scored against its peers in the same conditions: those whose condition value lies within ±band of
 * its own (a numeric condition, e.g. speed) or equals it (a boolean one, e.g. running), itself included. With at
 * least {@code minPeers} peers, |robust z| (its MAD at least {@code spreadFloor} of the median: differences
 * smaller than that among identical machines are noise, not a fault) above the threshold opens a {@code fleet.outlier} frame (LOW: advice,
 * not an alarm) on that instance; it closes when |z| is back within 80 % of the threshold (hysteresis against
 * flapping), or when the instance has no peers or no fresh value any more.
 */
public final class FleetComparison implements Detector {
	public static final String SOURCE = "fleet.outlier";
	private static final double CLOSE_FRACTION = 0.8;

	private final EquipmentType type;
	private final String signalName;
	private final Map<Signal, Equipment> compared = new LinkedHashMap<>();
	private final Map<Equipment, @Nullable Signal> conditions = new HashMap<>();
	private final FleetComparisonProvider.Settings settings;
	private final FleetStatistics statistics;
	private final Map<Equipment, Sample> latest = new HashMap<>();
	private final Map<Equipment, Double> conditionValues = new HashMap<>();
	private final Map<Equipment, ArrayDeque<Double>> recent = new HashMap<>();
	private final Map<Equipment, EventFrame> open = new HashMap<>();
	private @Nullable Instant dueAt;

	private record Sample(double value, Instant time) {
	}

	/**
	 * @param instances each compared signal with its equipment, and the equipment's condition signal (null for
	 *            none)
	 */
	FleetComparison(EquipmentType type, String signalName, Map<Signal, Equipment> instances,
			Map<Equipment, @Nullable Signal> conditions, FleetComparisonProvider.Settings settings,
			FleetStatistics statistics) {
		this.type = type;
		this.signalName = signalName;
		this.compared.putAll(instances);
		this.conditions.putAll(conditions);
		this.settings = settings;
		this.statistics = statistics;
	}

	public EquipmentType type() {
		return type;
	}

	public String signalName() {
		return signalName;
	}

	@Override
	public Set<Signal> watched() {
		Set<Signal> watched = new HashSet<>(compared.keySet());
		conditions.values().forEach(c -> {
			if (c != null) {
				watched.add(c);
			}
		});
		return watched;
	}

	@Override
	public void onValue(Signal signal, SignalValue value, Instant time, EventSink sink) {
		accept(signal, ValueStore.plotted(value), time, sink);
	}

	@Override
	public void onNumber(int watchedIndex, NumberValue value, EventSink sink) {
		accept(value.signal(), value.plotted(), value.time(), sink);
	}

	private void accept(Signal signal, double x, Instant time, EventSink sink) {
		Equipment instance = compared.get(signal);
		if (instance != null) {
			if (Double.isNaN(x)) {
				latest.remove(instance);
			} else {
				latest.put(instance, new Sample(x, time));
				ArrayDeque<Double> values = recent.computeIfAbsent(instance, e -> new ArrayDeque<>());
				if (values.size() == settings.recentValues()) {
					values.removeFirst();
				}
				values.addLast(x);
			}
		}
		for (var entry : conditions.entrySet()) {
			if (signal.equals(entry.getValue())) {
				conditionValues.put(entry.getKey(), x);
			}
		}
		if (dueAt == null) {
			dueAt = time.plus(settings.period());
		}
		onTime(time, sink);
	}

	@Override
	public void onTime(Instant now, EventSink sink) {
		if (dueAt != null && !now.isBefore(dueAt)) {
			dueAt = null;
			compare(now, sink);
		}
	}

	private void compare(Instant now, EventSink sink) {
		Map<Equipment, Double> fresh = new LinkedHashMap<>();
		for (Equipment instance : compared.values()) {
			Sample sample = latest.get(instance);
			if (sample != null && Duration.between(sample.time(), now).compareTo(settings.maxAge()) <= 0) {
				fresh.put(instance, sample.value());
			}
		}
		List<FleetInstance> results = new ArrayList<>();
		for (Equipment instance : compared.values()) {
			Double value = fresh.get(instance);
			double z = value == null ? Double.NaN : score(instance, value, fresh);
			boolean outlier = Math.abs(z) > settings.threshold();
			results.add(new FleetInstance(instance, List.copyOf(recent.getOrDefault(instance, new ArrayDeque<>())), z,
					outlier));
			follow(instance, value, z, now, sink);
		}
		statistics.record(type, signalName, results);
	}

	/** The instance's robust z among its peers, NaN with fewer than the minimum peers. */
	private double score(Equipment instance, double value, Map<Equipment, Double> fresh) {
		List<Double> peers = new ArrayList<>();
		for (var other : fresh.entrySet()) {
			if (samePeerGroup(instance, other.getKey())) {
				peers.add(other.getValue());
			}
		}
		if (peers.size() < settings.minPeers()) {
			return Double.NaN;
		}
		RobustStats stats = RobustStats.of(peers.stream().mapToDouble(Double::doubleValue).toArray());
		return stats.z(value, settings.spreadFloor() * Math.abs(stats.median()));
	}

	private boolean samePeerGroup(Equipment a, Equipment b) {
		if (a == b || conditions.get(a) == null) {
			return true;
		}
		Double ca = conditionValues.get(a);
		Double cb = conditionValues.get(b);
		if (ca == null || cb == null || ca.isNaN() || cb.isNaN()) {
			return false;
		}
		return Math.abs(ca - cb) <= Math.max(settings.band() * Math.abs(ca), 1e-9);
	}

	private void follow(Equipment instance, @Nullable Double value, double z, Instant now, EventSink sink) {
		EventFrame frame = open.get(instance);
		if (frame == null && Math.abs(z) > settings.threshold()) {
			String message = instance.getTag() + " " + signalName + " is a fleet outlier among the " + type.getName()
					+ " instances (robust z " + String.format(Locale.ROOT, "%.1f", z) + ")";
			open.put(instance, sink.open(SOURCE, Severity.LOW, instance, message, now, captured(value, z)));
		} else if (frame != null && !(Math.abs(z) > settings.threshold() * CLOSE_FRACTION)) {
			sink.close(frame, now, captured(value, z));
			open.remove(instance);
		}
	}

	private Map<String, Object> captured(@Nullable Double value, double z) {
		Map<String, Object> captured = new LinkedHashMap<>();
		captured.put(signalName, value == null ? Double.NaN : value);
		captured.put("z", z);
		return captured;
	}
}
