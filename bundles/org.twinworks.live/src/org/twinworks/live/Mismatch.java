// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live;

import org.jspecify.annotations.Nullable;
import org.twinworks.model.Binding;
import org.twinworks.model.Signal;

/**
 * One way a bound server node differs from what the model says of its signal.
 *
 * @param modelValue  what the model says, as text
 * @param serverValue what the server's node has, as text ("none" when it lacks it)
 */
public record Mismatch(@Nullable Signal signal, Binding binding, Aspect aspect, String modelValue,
		@Nullable String serverValue) {

	/** What differs. */
	public enum Aspect {
		/** The node is missing, unreadable, or not a variable. */
		NODE, DATA_TYPE, EU_RANGE, ENGINEERING_UNITS, ACCESS_LEVEL,
		/**
		 * The server took the binding's monitored item, but not as the model asks: it revised the sampling interval
		 * or queue size, or refused the deadband filter and the item runs with a weaker one.
		 */
		MONITORING
	}

	public String tag() {
		return signal == null ? binding.getNodeId() : signal.getTag();
	}

	@Override
	public String toString() {
		return tag() + " " + aspect + ": model " + modelValue + ", server " + serverValue;
	}
}
