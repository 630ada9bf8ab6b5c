// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events;

import java.util.List;

import org.twinworks.model.Plant;

/**
 * One kind of deduction (a plant's event rules, drift, feedback that does not follow its command...): the
 * detectors it sets up for a plant, none when the plant gives it nothing to watch. The engine asks every provider
 * once per plant it watches.
 */
@FunctionalInterface
public interface DetectorProvider {

	List<Detector> detectorsFor(Plant plant);
}
