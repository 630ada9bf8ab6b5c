// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Step;

/** A loop check's as-found and as-left steps side by side, paired by step name in the order of the as-found run. */
final class AsFoundAsLeft {

	/** One step name with its two observations; an empty side was not (yet) run. */
	record Pair(String name, String expected, String asFound, String asFoundVerdict, String asLeft,
			String asLeftVerdict) {
	}

	private AsFoundAsLeft() {
	}

	static List<Pair> of(Check check) {
		Map<String, Step[]> byName = new LinkedHashMap<>();
		for (Step step : check.getSteps()) {
			int side = step.getPhase() == Phase.AS_FOUND ? 0 : step.getPhase() == Phase.AS_LEFT ? 1 : -1;
			if (side >= 0) {
				byName.computeIfAbsent(Texts.of(step.getName()), name -> new Step[2])[side] = step;
			}
		}
		List<Pair> pairs = new ArrayList<>(byName.size());
		byName.forEach((name, steps) -> {
			Step found = steps[0];
			Step left = steps[1];
			Step any = found != null ? found : left;
			pairs.add(new Pair(name, Texts.of(any.getExpected()), found == null ? "" : Texts.observed(found),
					found == null ? "" : Texts.verdict(found.getVerdict()), left == null ? "" : Texts.observed(left),
					left == null ? "" : Texts.verdict(left.getVerdict())));
		});
		return pairs;
	}
}
