// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import org.twinworks.live.PlantStimulus;

/**
 * What a calibrator does in the field: holds a signal's true value, so the engine can drive inputs, alarms and
 * interlock conditions. The virtual plant offers it over OPC UA; against a real plant there is none, and the steps
 * that need it stay pending for the engineer.
 */
public interface Stimulus {

	void force(String tag, double value) throws Exception;

	void release(String tag) throws Exception;

	/**
	 * Bypasses an interlock (its trip does not act) or ends the bypass, as an engineer does with a permit while a loop
	 * check drives the measurement the interlock watches.
	 */
	void bypass(String interlockTag, boolean bypassed) throws Exception;

	/** The virtual plant's stimulus over OPC UA; a bypass is its failed-trip switch. */
	static Stimulus of(PlantStimulus plant) {
		return new Stimulus() {
			@Override
			public void force(String tag, double value) throws Exception {
				plant.force(tag, value);
			}

			@Override
			public void release(String tag) throws Exception {
				plant.release(tag);
			}

			@Override
			public void bypass(String interlockTag, boolean bypassed) throws Exception {
				plant.failTrip(interlockTag, bypassed);
			}
		};
	}
}
