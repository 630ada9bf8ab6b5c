// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.twinworks.diagram.overlay.ProbeProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/**
 * The diagram's value probe: hovering a piece of equipment lists its bound signals with their current value,
 * quality and age (at the playback position while replaying), read from the model's store when asked.
 */
public final class ValueProbe implements ProbeProvider {
	private final LiveModel model;

	public ValueProbe(LiveModel model) {
		this.model = model;
	}

	@Override
	public String probeFor(EObject element) {
		if (!(element instanceof Equipment equipment)) {
			return null;
		}
		List<Signal> signals = equipment.getSignals().stream().filter(model.boundSignals()::contains).toList();
		if (signals.isEmpty()) {
			return null;
		}
		Instant now = model.now();
		StringBuilder text = new StringBuilder(equipment.getTag());
		if (model.replay() != null) {
			text.append("  (recorded, ").append(LiveText.time(now)).append(')');
		}
		for (Signal signal : signals) {
			text.append('\n').append(line(signal, model.signal(signal), now));
		}
		return text.toString();
	}

	/** "PT-101.PV  4.52 bar  Good  0.4 s"; "offline" and "no value yet" say so instead of a value. */
	static String line(Signal signal, LiveSignal live, Instant now) {
		String head = signal.getTag() + "  ";
		if (!live.online()) {
			return head + "offline";
		}
		if (live.value() == null) {
			return head + "no value yet";
		}
		String quality = live.value().status();
		if (live.state() != null && live.state().stale()) {
			quality += ", stale";
		}
		return head + LiveText.value(signal, live.value()) + "  " + quality + "  " + LiveText.age(live.time(), now);
	}
}
