// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;

/**
 * How the server took one binding's monitored item: {@code ok}, or the reason it was refused (unparsable node
 * id, unknown namespace, Bad_NodeIdUnknown, ...). Revised figures are the server's, null when refused. A
 * {@code fallback} says what the item runs with instead of what the model asks, when the server refused that
 * (a Percent deadband on a node without EURange); null when nothing was changed.
 */
public record BindingStatus(Binding binding, boolean ok, String status, @Nullable Double revisedSamplingInterval,
		@Nullable Long revisedQueueSize, @Nullable String fallback) {

	public BindingStatus(Binding binding, boolean ok, String status, @Nullable Double revisedSamplingInterval,
			@Nullable Long revisedQueueSize) {
		this(binding, ok, status, revisedSamplingInterval, revisedQueueSize, null);
	}

	public String tag() {
		return binding.getSignal() == null ? binding.getNodeId() : binding.getSignal().getTag();
	}

	/** True when the item runs, but not quite as the model asks: a fallback filter, or revised figures. */
	public boolean adjusted() {
		return ok && (fallback != null || samplingRevised() || queueRevised());
	}

	/**
	 * What differs from the model, as one line ("sampling revised 100 → 1000 ms; percent deadband refused ..."), or
	 * "" when the item runs as asked.
	 */
	public String adjustments() {
		if (!ok) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		if (samplingRevised()) {
			parts.add(String.format(Locale.ROOT, "sampling revised %s → %s ms", number(binding.getSamplingInterval()),
					number(revisedSamplingInterval)));
		}
		if (queueRevised()) {
			parts.add("queue revised " + binding.getQueueSize() + " → " + revisedQueueSize);
		}
		if (fallback != null) {
			parts.add(fallback);
		}
		return String.join("; ", parts);
	}

	private boolean samplingRevised() {
		// a server may round (100 → 100.0000001); only a real revision is worth a line; 0 asks for the fastest the
		// server has, so whatever it answers is what was asked
		return revisedSamplingInterval != null && binding.getSamplingInterval() > 0
				&& Math.abs(revisedSamplingInterval - binding.getSamplingInterval()) > 0.5;
	}

	private boolean queueRevised() {
		return revisedQueueSize != null && revisedQueueSize != Math.max(1, binding.getQueueSize());
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}
}
