// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.binding.AutoBindMatcher;
import org.twinworks.live.binding.AutoBindMatcher.Proposal;
import org.twinworks.live.binding.AutoBindRules;
import org.twinworks.live.binding.BindableNode;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.TwinFactory;

/** Auto-bind's matching on its own, without a server or a workbench: the rules decide which variable a tag finds. */
class AutoBindMatcherTest {
	private static final String NS = "urn:test";

	private record Variable(BrowsedNode node, String path) implements BindableNode {
		@Override
		public Endpoint endpoint() {
			return null;
		}
	}

	private static Variable variable(String path, String dataType) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return new Variable(new BrowsedNode("nsu=" + NS + ";s=" + path, NS, name, name, "Variable", dataType), path);
	}

	private static Signal signal(String tag, SignalDataType type) {
		Signal signal = TwinFactory.eINSTANCE.createSignal();
		signal.setTag(tag);
		signal.setDataType(type);
		return signal;
	}

	@Test
	void byDefaultATagFindsTheVariableWithThatBrowseName() {
		Signal pressure = signal("PT-101.PV", SignalDataType.FLOAT);
		Variable served = variable("Plant/PT-101.PV", "Float");
		List<Proposal> proposals = AutoBindMatcher.match(List.of(pressure),
				List.of(variable("Plant/PT-102.PV", "Float"), served), AutoBindRules.DEFAULT);
		assertEquals(1, proposals.size());
		assertEquals(served, proposals.get(0).node());
		assertEquals(1, proposals.get(0).candidates());
		assertTrue(proposals.get(0).typesAgree());
		assertTrue(proposals.get(0).recommended(), "unambiguous, same type, not bound yet");
	}

	@Test
	void byPathTheTagsDotsBecomeTheSeparatorAndAnyTailOfThePathMatches() {
		Signal pressure = signal("PT-101.PV", SignalDataType.FLOAT);
		Variable served = variable("Objects/Area1/PT-101/PV", "Float");
		AutoBindRules rules = new AutoBindRules("", "/", true, false, true);
		assertEquals(served, AutoBindMatcher.match(List.of(pressure), List.of(served), rules).get(0).node());
		assertTrue(AutoBindMatcher.match(List.of(pressure), List.of(served), AutoBindRules.DEFAULT).isEmpty(),
				"by browse name, PV is not PT-101.PV");
	}

	@Test
	void caseIsIgnoredOnlyWhenAsked() {
		Signal pressure = signal("PT-101.PV", SignalDataType.FLOAT);
		Variable lower = variable("pt-101.pv", "Float");
		assertTrue(AutoBindMatcher.match(List.of(pressure), List.of(lower), AutoBindRules.DEFAULT).isEmpty());
		assertEquals(1, AutoBindMatcher
				.match(List.of(pressure), List.of(lower), new AutoBindRules("", ".", false, true, true)).size());
	}

	@Test
	void twoCandidatesOrADifferentTypeAreProposedButNotRecommended() {
		Signal pressure = signal("PT-101.PV", SignalDataType.FLOAT);
		Proposal ambiguous = AutoBindMatcher.match(List.of(pressure),
				List.of(variable("A/PT-101.PV", "Float"), variable("B/PT-101.PV", "Float")), AutoBindRules.DEFAULT)
				.get(0);
		assertEquals(2, ambiguous.candidates());
		assertFalse(ambiguous.recommended());
		Proposal mistyped = AutoBindMatcher
				.match(List.of(pressure), List.of(variable("PT-101.PV", "Boolean")), AutoBindRules.DEFAULT).get(0);
		assertFalse(mistyped.typesAgree());
		assertFalse(mistyped.recommended());
	}

	@Test
	void aChoiceAmongSeveralMatchesIsRecommendedAndOnlyOneOfTheMatchesCanBeChosen() {
		Signal pressure = signal("PT-101.PV", SignalDataType.FLOAT);
		Variable area = variable("Plant/Area1/PT-101.PV", "Float");
		Variable spare = variable("Plant/Spare/PT-101.PV", "Float");
		Proposal ambiguous = AutoBindMatcher.match(List.of(pressure), List.of(area, spare), AutoBindRules.DEFAULT)
				.get(0);
		assertTrue(ambiguous.ambiguous());
		assertEquals(List.of(area, spare), ambiguous.choices());
		Proposal chosen = ambiguous.choose(spare);
		assertEquals(spare, chosen.node());
		assertFalse(chosen.ambiguous());
		assertTrue(chosen.recommended(), "a chosen match with agreeing types is checked");
		assertThrows(IllegalArgumentException.class,
				() -> ambiguous.choose(variable("Plant/Other/PT-101.PV", "Float")));
	}

	@Test
	void applyingAChoiceToSimilarSignalsPicksTheMatchInTheSameFoldersAndLeavesTiesAlone() {
		Signal pressure = signal("PT-101.PV", SignalDataType.FLOAT);
		Signal level = signal("LT-101.PV", SignalDataType.FLOAT);
		Signal flow = signal("FT-101.PV", SignalDataType.FLOAT);
		List<Proposal> proposals = AutoBindMatcher.match(List.of(pressure, level, flow),
				List.of(variable("Plant/Area1/PT-101.PV", "Float"), variable("Plant/Spare/PT-101.PV", "Float"),
						variable("Plant/Spare/LT-101.PV", "Float"), variable("Plant/Area1/LT-101.PV", "Float"),
						variable("X/FT-101.PV", "Float"), variable("Y/FT-101.PV", "Float")),
				AutoBindRules.DEFAULT);
		BindableNode example = proposals.get(0).choices().get(1);
		List<Proposal> alike = AutoBindMatcher.chooseLike(proposals, example);
		assertEquals("Plant/Spare/PT-101.PV", alike.get(0).node().path());
		assertEquals("Plant/Spare/LT-101.PV", alike.get(1).node().path(), "the same folder as the example");
		assertFalse(alike.get(1).ambiguous());
		assertTrue(alike.get(2).ambiguous(), "neither X nor Y shares a folder with Plant/Spare: left to the user");
	}
}
