// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.shadow;

import java.util.Set;

import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;

/** The dynamics a shadow runs for one compared signal, fed with live inputs. */
interface ShadowModel {

	ShadowKind kind();

	Signal compared();

	/** The equipment a deviation is reported on. */
	Equipment equipment();

	/** The live signals the dynamics read, besides the compared one. */
	Set<Signal> inputs();

	/** What the expectation comes from, for the frame's message ("its mass balance"). */
	String basis();

	/**
	 * The expected value {@code dt} seconds later.
	 *
	 * @param expected the shadow's value now
	 * @param actual   the plant's latest value of the compared signal
	 */
	double step(double expected, double actual, double dt, ShadowInputs inputs);
}
