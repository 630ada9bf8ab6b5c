// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.twinworks.events.tests.RuleTestPlant.GOOD;
import static org.twinworks.events.tests.RuleTestPlant.at;
import static org.twinworks.events.tests.RuleTestPlant.ticks;
import static org.twinworks.events.tests.RuleTestPlant.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.events.Detector;
import org.twinworks.events.Severity;
import org.twinworks.events.rules.RuleFile;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

/** The rules file shipped beside the example plant sets up on that plant and raises what its descriptions say. */
class ExampleRulesTest {

	private final Plant plant = DemoPlant
			.createIn(PlantFiles.createResource(PlantFiles.newResourceSet(), Path.of("riverside-water-works.twin")));

	@Test
	void everyExampleRuleSetsUpOnTheExamplePlant() throws IOException {
		RuleFile rules = shipped();
		assertEquals(List.of("RAW-WATER-TANK-HIGH", "INTAKE-PUMP-NO-FLOW", "CHLORINE-RESIDUAL-LOW", "TREATED-WATER-PH",
				"CLEAR-WATER-TANK-LOW"), rules.rules().stream().map(r -> r.name()).toList());
		assertEquals(5, rules.detectorsFor(plant).size(), "one detector per rule, none left out");
	}

	@Test
	void theRawWaterTankRuleOpensAfterTenSecondsAboveNinetyPercentAndClosesBelowEightyFive() throws IOException {
		Detector tank = rules().get(0);
		Signal level = signal("LT-101.PV");
		RuleTestSink sink = new RuleTestSink();
		value(tank, level, 5.0, GOOD, 0, sink);
		value(tank, level, 5.6, GOOD, 1, sink);
		ticks(tank, 1, 12, sink);
		assertEquals(1, sink.opened.size(), sink.opened.toString());
		assertEquals(at(11), sink.opened.get(0).start());
		assertEquals(Severity.HIGH, sink.opened.get(0).severity());
		value(tank, level, 5.3, GOOD, 13, sink);
		assertEquals(List.of(), sink.closed, "between 85 and 90 % it stays open");
		value(tank, level, 5.0, GOOD, 14, sink);
		assertEquals(at(14), sink.closed.get(0).end());
	}

	@Test
	void thePhRuleWatchesBothSidesOfItsBand() throws IOException {
		Detector ph = rules().get(3);
		Signal signal = signal("AIT-302.PV");
		RuleTestSink sink = new RuleTestSink();
		value(ph, signal, 7.2, GOOD, 0, sink);
		value(ph, signal, 6.2, GOOD, 1, sink);
		ticks(ph, 1, 50, sink);
		value(ph, signal, 7.0, GOOD, 50, sink);
		assertEquals(List.of(), sink.opened, "49 s below the band is under the rule's minute");
		value(ph, signal, 8.9, GOOD, 60, sink);
		ticks(ph, 60, 125, sink);
		assertEquals(1, sink.opened.size(), sink.opened.toString());
		assertEquals(at(120), sink.opened.get(0).start());
	}

	private List<Detector> rules() throws IOException {
		return shipped().detectorsFor(plant);
	}

	private static RuleFile shipped() throws IOException {
		URL entry = RuleFile.class.getClassLoader().getResource("examples/riverside-water-works.rules");
		assertNotNull(entry, "the events bundle ships examples/riverside-water-works.rules");
		try (InputStream in = entry.openStream();
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return RuleFile.parse(Path.of("riverside-water-works.rules"), reader.lines().toList());
		}
	}

	private Signal signal(String tag) {
		for (var it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		throw new AssertionError("no signal " + tag);
	}
}
