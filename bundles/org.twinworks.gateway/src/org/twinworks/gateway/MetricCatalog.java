// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.gateway;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.sparkplug.DataType;
import org.twinworks.sparkplug.DeviceBirth;
import org.twinworks.sparkplug.Metric;
import org.twinworks.sparkplug.MetricProperties;
import org.twinworks.sparkplug.ScalarType;

/**
 * The fixed mapping of bound signals to Sparkplug: device = the signal's equipment (its tag, else its name), metric
 * name = the signal's tag, alias = position in the binding list (stable for the gateway's lifetime), datatype from
 * the signal's type, and unit/range/description as birth properties.
 */
public final class MetricCatalog {

	/** One signal's place on the wire. */
	public record Entry(Signal signal, String device, String name, long alias, DataType type,
			MetricProperties properties) {
	}

	private final Map<Signal, Entry> entries = new LinkedHashMap<>();
	private final Map<String, List<Entry>> byDevice = new LinkedHashMap<>();

	public MetricCatalog(Collection<Binding> bindings) {
		long alias = 1;
		for (Binding binding : bindings) {
			Signal signal = binding.getSignal();
			if (signal == null || entries.containsKey(signal)) {
				continue;
			}
			Entry entry = new Entry(signal, deviceOf(signal), signal.getTag(), alias++,
					ScalarType.named(signal.getDataType().name()).wireType(), birthProperties(signal));
			entries.put(signal, entry);
			byDevice.computeIfAbsent(entry.device(), device -> new ArrayList<>()).add(entry);
		}
	}

	public @Nullable Entry entry(Signal signal) {
		return entries.get(signal);
	}

	/** Every entry, in alias order. */
	public List<Entry> entries() {
		return List.copyOf(entries.values());
	}

	public int size() {
		return entries.size();
	}

	public List<String> devices() {
		return List.copyOf(byDevice.keySet());
	}

	/** The DBIRTH of every device, with each signal's latest value from {@code latest} (null metric if none). */
	public List<DeviceBirth> births(Map<Signal, SignalValue> latest) {
		List<DeviceBirth> births = new ArrayList<>();
		long now = System.currentTimeMillis();
		byDevice.forEach((device, list) -> {
			List<Metric> metrics = new ArrayList<>(list.size());
			for (Entry entry : list) {
				SignalValue value = latest.get(entry.signal());
				metrics.add(Metric.birth(entry.name(), entry.alias(), entry.type(),
						value == null ? now : millis(value.sourceTime(), now),
						value == null ? null : entry.type().wireValue(value.value()),
						value == null
								? entry.properties()
								: entry.properties().withSample(quality(value), serverMillis(value))));
			}
			births.add(new DeviceBirth(device, metrics));
		});
		return births;
	}

	/** The alias-only DDATA metric for one sample. */
	public Metric data(Entry entry, SignalValue value) {
		return Metric.data(entry.alias(), entry.type(), millis(value.sourceTime(), System.currentTimeMillis()),
				entry.type().wireValue(value.value()), quality(value), serverMillis(value));
	}

	private static @Nullable Long quality(SignalValue value) {
		return value.statusCode() == 0 ? null : value.statusCode();
	}

	private static @Nullable Long serverMillis(SignalValue value) {
		return value.serverTime() == null ? null : value.serverTime().toEpochMilli();
	}

	private static long millis(@Nullable Instant time, long fallback) {
		return time == null ? fallback : time.toEpochMilli();
	}

	private static String deviceOf(Signal signal) {
		Equipment equipment = signal.getEquipment();
		if (equipment == null) {
			return "Unassigned";
		}
		String tag = equipment.getTag();
		return sanitize(tag != null && !tag.isBlank() ? tag : equipment.getName());
	}

	/** Topic levels may not contain '/', '+' or '#'. */
	private static String sanitize(@Nullable String id) {
		String text = id == null || id.isBlank() ? "Unnamed" : id;
		return text.replace('/', '_').replace('+', '_').replace('#', '_');
	}

	private static MetricProperties birthProperties(Signal signal) {
		String unit = signal.getUnit() == null ? null : signal.getUnit().getSymbol();
		return new MetricProperties(unit, signal.getRangeLow(), signal.getRangeHigh(), signal.getDescription(), null,
				null);
	}
}
