// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of problem a quick fix can repair, each with a stable id: markers store the id, so a fix is found
 * again after the workbench restarts. Problems of other kinds carry {@link #OTHER}.
 */
public enum ProblemCode {
	/** An alarm limit of a signal lies outside the signal's engineering range; the problem's element is the signal. */
	ALARM_LIMIT_OUTSIDE_RANGE("alarm-limit-outside-range"),
	/** A tag used by an earlier element too; the problem's element is the later one. */
	DUPLICATE_TAG("duplicate-tag"),
	/** A binding without an endpoint of its model (none, unresolved, or another model's). */
	BINDING_WITHOUT_ENDPOINT("binding-without-endpoint"),
	/**
	 * A binding whose node's namespace its endpoint serves for no other binding, while another endpoint serves it
	 * for others: most likely bound to the wrong endpoint.
	 */
	BINDING_UNKNOWN_NAMESPACE("binding-unknown-namespace"),
	/** A numeric signal with an engineering range, or whose template has a unit, but no unit itself. */
	SIGNAL_WITHOUT_UNIT("signal-without-unit"),
	/** A control loop without its measured value, output or final element. */
	LOOP_INCOMPLETE("loop-incomplete"), OTHER("other");

	private final String id;

	ProblemCode(String id) {
		this.id = id;
	}

	/** The stable id, as markers store it. */
	public String id() {
		return id;
	}

	/** The code with this id; {@link #OTHER} for null or an unknown id (a marker written by a later version). */
	public static ProblemCode ofId(@Nullable String id) {
		for (ProblemCode code : values()) {
			if (code.id.equals(id)) {
				return code;
			}
		}
		return OTHER;
	}
}
