// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim;

import java.time.Duration;
import java.util.Locale;

/**
 * A fault written as {@code TAG=KIND}, as {@code twinworks sim --fault} takes it, so drills run from a shell:
 * {@code stuck}, {@code drift[:UNITS_PER_S]} (default 1 % of span per second), {@code spike[:MAGNITUDE]} (default 10
 * % of span, every 2 s), {@code bad}, {@code offline}, {@code jam:FRACTION} (0 to 1 of the span), {@code block} (the signal's valve passes no flow, its signals read as
 * before) on signals, and
 * {@code notrip} on interlocks (the trip does not act).
 */
public final class FaultSpec {
	static final double DEFAULT_DRIFT_PER_SPAN = 0.01;
	static final double DEFAULT_SPIKE_PER_SPAN = 0.1;
	static final Duration SPIKE_PERIOD = Duration.ofSeconds(2);
	public static final String KINDS = "stuck, drift[:UNITS_PER_S], spike[:MAGNITUDE], bad, offline, jam:FRACTION,"
			+ " block, notrip";

	private final String text;
	private final String tag;
	private final String kind;
	private final Double parameter;

	private FaultSpec(String text, String tag, String kind, Double parameter) {
		this.text = text;
		this.tag = tag;
		this.kind = kind;
		this.parameter = parameter;
	}

	/** @throws IllegalArgumentException naming the spec and what is wrong with it */
	public static FaultSpec parse(String spec) {
		int equals = spec == null ? -1 : spec.lastIndexOf('=');
		if (equals <= 0 || equals == spec.length() - 1) {
			throw new IllegalArgumentException("fault '" + spec + "' is not TAG=KIND (KIND one of " + KINDS + ")");
		}
		String tag = spec.substring(0, equals).strip();
		String rest = spec.substring(equals + 1).strip();
		int colon = rest.indexOf(':');
		String kind = (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
		String argument = colon < 0 ? null : rest.substring(colon + 1).strip();
		Double parameter = argument == null ? null : number(spec, argument);
		switch (kind) {
		case "stuck", "bad", "offline", "block", "notrip" -> {
			if (parameter != null) {
				throw new IllegalArgumentException("fault '" + spec + "': " + kind + " takes no value");
			}
		}
		case "drift", "spike" -> {
			// any finite number: a drift may run downwards, a spike may dip
		}
		case "jam" -> {
			if (parameter == null || parameter < 0 || parameter > 1) {
				throw new IllegalArgumentException(
						"fault '" + spec + "': jam needs the fraction of the span it sticks at, 0 to 1 (jam:0.4)");
			}
		}
		default -> throw new IllegalArgumentException(
				"fault '" + spec + "': unknown kind " + kind + " (one of " + KINDS + ")");
		}
		return new FaultSpec(spec, tag, kind, parameter);
	}

	/** The signal's or (for {@code notrip}) the interlock's tag. */
	public String tag() {
		return tag;
	}

	/** stuck, drift, spike, bad, offline, jam, block or notrip. */
	public String kind() {
		return kind;
	}

	/** Injects the fault. @throws IllegalArgumentException naming the tag when the plant has no such signal */
	public void applyTo(VirtualPlant plant) {
		if (kind.equals("notrip")) {
			plant.failTrip(tag, true);
			return;
		}
		plant.inject(tag, fault(plant));
	}

	private Fault fault(VirtualPlant plant) {
		return switch (kind) {
		case "stuck" -> Fault.stuck();
		case "drift" -> Fault.drift(parameter != null ? parameter : DEFAULT_DRIFT_PER_SPAN * plant.spanOf(tag));
		case "spike" ->
			Fault.spike(parameter != null ? parameter : DEFAULT_SPIKE_PER_SPAN * plant.spanOf(tag), SPIKE_PERIOD);
		case "bad" -> Fault.badQuality();
		case "offline" -> Fault.offline();
		case "jam" -> Fault.jammed(parameter);
		case "block" -> Fault.blocked();
		default -> throw new IllegalStateException(kind);
		};
	}

	@Override
	public String toString() {
		return text;
	}

	private static double number(String spec, String text) {
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value)) {
				return value;
			}
		} catch (NumberFormatException e) {
			// said below
		}
		throw new IllegalArgumentException("fault '" + spec + "': " + text + " is not a number");
	}
}
