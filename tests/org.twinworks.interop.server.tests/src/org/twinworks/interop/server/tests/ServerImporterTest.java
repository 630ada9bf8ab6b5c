// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.server.ImportProgress;
import org.twinworks.interop.server.ServerImportException;
import org.twinworks.interop.server.ServerImportOptions;
import org.twinworks.interop.server.ServerImporter;
import org.twinworks.live.LiveSession;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.Unit;
import org.twinworks.model.WorkCenter;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.tests.live.harness.LiveClient;
import org.twinworks.tests.live.harness.TestPlant;

/** Model from the virtual plant's server: the draft holds the served plant, within the walk's bounds. */
class ServerImporterTest {
	static final String ROOT = "nsu=" + DemoPlant.NAMESPACE_URI + ";s=Riverside Water Works";

	@TempDir
	static Path directory;

	private static TestPlant served;
	private static LiveSession session;

	@BeforeAll
	static void startPlant() throws Exception {
		LiveClient client = new LiveClient(directory);
		served = TestPlant.in(directory).trustClientOf(client.pki());
		served.start();
		client.trust(served.sim());
		session = client.connect(client.demoPlant("client", served.sim()), event -> {
		});
	}

	@AfterAll
	static void stopPlant() {
		if (session != null) {
			session.close();
		}
		if (served != null) {
			served.close();
		}
	}

	@Test
	void modelFromTheVirtualPlantsServerEqualsTheServedPlant() throws Exception {
		ImportDraft draft = new ServerImporter(session).read(ROOT, ServerImportOptions.defaults(), ImportProgress.NONE);

		assertEquals(List.of(), draft.warnings());
		assertEquals("opcua:nsu=" + DemoPlant.NAMESPACE_URI + ";", draft.scope());
		Plant plant = draft.plant();
		assertEquals("Riverside Water Works", plant.getName());
		assertEquals(served.sim().endpointUrl(), plant.getTwin().getEndpoints().get(0).getUrl());
		Map<String, Signal> imported = signalsByTag(plant);
		List<Binding> bindings = served.served().getTwin().getBindings();
		assertEquals(bindings.size(), imported.size(), "one signal per served binding: " + imported.keySet());
		assertEquals(bindings.size(), plant.getTwin().getBindings().size());
		for (Binding binding : bindings) {
			Signal expected = binding.getSignal();
			Signal actual = imported.get(expected.getTag());
			assertNotNull(actual, expected.getTag() + " not imported");
			String what = expected.getTag() + ": ";
			assertEquals(ModelPaths.path(expected), ModelPaths.path(actual), what + "path");
			assertEquals(kinds(expected), kinds(actual), what + "hierarchy");
			assertEquals(expected.getName(), actual.getName(), what + "name");
			assertEquals(expected.getEquipment().getName(), actual.getEquipment().getName(), what + "equipment");
			assertEquals(expected.getDataType(), actual.getDataType(), what + "data type");
			assertEquals(expected.getEnumLiterals(), actual.getEnumLiterals(), what + "states");
			assertEquals(expected.getRangeLow(), actual.getRangeLow(), what + "range low");
			assertEquals(expected.getRangeHigh(), actual.getRangeHigh(), what + "range high");
			assertEquals(expected.getAccess(), actual.getAccess(), what + "access");
			if (expected.getDirection() != SignalDirection.INTERNAL) {
				assertEquals(expected.getDirection(), actual.getDirection(), what + "direction");
			}
			if (expected.getUnit() == null) {
				assertNull(actual.getUnit(), what + "unit");
			} else {
				assertNotNull(actual.getUnit(), what + "unit");
				assertEquals(expected.getUnit().getCode(), actual.getUnit().getCode(), what + "unit code");
				assertEquals(expected.getUnit().getSymbol(), actual.getUnit().getSymbol(), what + "unit symbol");
			}
			Binding draftBinding = bindingOf(plant, actual);
			assertEquals(binding.getNodeId(), draftBinding.getNodeId(), what + "node id");
			assertEquals("opcua:" + binding.getNodeId(), actual.getSourceId(), what + "source id");
			assertTrue(plant.getEngineeringUnits().contains(actual.getUnit()) || actual.getUnit() == null);
		}
		// every element of the hierarchy is named by its node, so importing again finds it
		plant.eAllContents().forEachRemaining(e -> {
			if (e instanceof Area || e instanceof WorkCenter || e instanceof Unit || e instanceof Equipment) {
				assertTrue(((org.twinworks.model.Named) e).getSourceId().startsWith(draft.scope()), e.toString());
			}
		});
		assertNull(plant.eResource(), "a draft is detached");
	}

	@Test
	void theDepthLimitStopsTheWalk() throws Exception {
		// areas (1), work centres (2), units (3), equipment (4), their signals and motors (5), the motors' signals (6)
		ImportDraft draft = new ServerImporter(session).read(ROOT, ServerImportOptions.defaults().withDepth(5),
				ImportProgress.NONE);

		Map<String, Signal> imported = signalsByTag(draft.plant());
		List<String> expected = new ArrayList<>();
		for (Binding binding : served.served().getTwin().getBindings()) {
			if (!(binding.getSignal().getEquipment().eContainer() instanceof Equipment)) {
				expected.add(binding.getSignal().getTag());
			}
		}
		assertEquals(expected.stream().sorted().toList(), imported.keySet().stream().sorted().toList());
		assertTrue(imported.containsKey("P-101.RUN"));
		assertFalse(imported.containsKey("M-101.CUR"), "a signal at level 6");
		Equipment motor = equipmentByTag(draft.plant()).get("M-101");
		assertNotNull(motor, "the motor at level 5 is met, not browsed");
		assertTrue(motor.getSignals().isEmpty());

		ImportDraft areasOnly = new ServerImporter(session).read(ROOT, ServerImportOptions.defaults().withDepth(1),
				ImportProgress.NONE);
		assertEquals(served.served().getAreas().stream().map(Area::getName).toList(),
				areasOnly.plant().getAreas().stream().map(Area::getName).toList());
		assertTrue(areasOnly.plant().getAreas().stream().allMatch(a -> a.getWorkCenters().isEmpty()));
	}

	@Test
	void moreNodesThanTheBoundIsAnErrorNamingTheBound() throws Exception {
		ServerImportException e = assertThrows(ServerImportException.class, () -> new ServerImporter(session).read(ROOT,
				ServerImportOptions.defaults().withMaxNodes(50), ImportProgress.NONE));
		assertTrue(e.getMessage().contains("more than 50") && e.getMessage().contains(ROOT), e.getMessage());
	}

	@Test
	void truncatingKeepsTheNodesWithinTheBoundAndWarns() throws Exception {
		ImportDraft draft = new ServerImporter(session).read(ROOT,
				ServerImportOptions.defaults().withMaxNodes(50).truncating(true), ImportProgress.NONE);
		int elements = 0;
		for (var it = draft.plant().eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof org.twinworks.model.Named named && named.getSourceId() != null) {
				elements++;
			}
		}
		assertTrue(elements > 10 && elements <= 50, elements + " elements");
		assertEquals(1, draft.warnings().size(), draft.warnings().toString());
		assertTrue(draft.warnings().get(0).contains("stopped after 50"), draft.warnings().get(0));
	}

	@Test
	void aStartNodeThatDoesNotExistIsAnErrorNamingIt() {
		String missing = "nsu=" + DemoPlant.NAMESPACE_URI + ";s=No such folder";
		ServerImportException e = assertThrows(ServerImportException.class,
				() -> new ServerImporter(session).read(missing, ServerImportOptions.defaults(), ImportProgress.NONE));
		assertTrue(e.getMessage().contains(missing) && e.getMessage().contains("does not exist"), e.getMessage());

		String otherNamespace = "nsu=urn:not:served;s=Plant";
		e = assertThrows(ServerImportException.class, () -> new ServerImporter(session).read(otherNamespace,
				ServerImportOptions.defaults(), ImportProgress.NONE));
		assertTrue(e.getMessage().contains(otherNamespace), e.getMessage());

		e = assertThrows(ServerImportException.class, () -> new ServerImporter(session).read("ns=2;s=Plant",
				ServerImportOptions.defaults(), ImportProgress.NONE));
		assertTrue(e.getMessage().contains("nsu="), e.getMessage());
	}

	@Test
	void aVariableIsNoStartNode() {
		String variable = "nsu=" + DemoPlant.NAMESPACE_URI + ";s=LT-101.PV";
		ServerImportException e = assertThrows(ServerImportException.class,
				() -> new ServerImporter(session).read(variable, ServerImportOptions.defaults(), ImportProgress.NONE));
		assertTrue(e.getMessage().contains(variable) && e.getMessage().contains("Variable"), e.getMessage());
	}

	@Test
	void cancellingStopsTheBrowse() {
		List<Integer> browsed = new ArrayList<>();
		List<Integer> read = new ArrayList<>();
		ImportProgress cancelAfterFirstLevel = new ImportProgress() {
			@Override
			public void browsed(int nodes, int level) {
				browsed.add(level);
			}

			@Override
			public void read(int done, int total) {
				read.add(done);
			}

			@Override
			public boolean isCancelled() {
				return !browsed.isEmpty();
			}
		};
		assertThrows(CancellationException.class,
				() -> new ServerImporter(session).read(ROOT, ServerImportOptions.defaults(), cancelAfterFirstLevel));
		assertEquals(List.of(1), browsed, "no call after the cancel");
		assertEquals(List.of(), read);
	}

	@Test
	void progressCoversEveryLevelAndEveryRead() throws Exception {
		List<Integer> levels = new ArrayList<>();
		List<int[]> reads = new ArrayList<>();
		new ServerImporter(session).read(ROOT, ServerImportOptions.defaults(), new ImportProgress() {
			@Override
			public void browsed(int nodes, int level) {
				levels.add(level);
			}

			@Override
			public void read(int done, int total) {
				reads.add(new int[]{done, total});
			}
		});
		assertEquals(List.of(1, 2, 3, 4, 5, 6), levels.stream().distinct().toList());
		int[] last = reads.get(reads.size() - 1);
		assertEquals(last[1], last[0], "every node read");
	}

	static Map<String, Signal> signalsByTag(Plant plant) {
		Map<String, Signal> signals = new HashMap<>();
		plant.eAllContents().forEachRemaining(e -> {
			if (e instanceof Signal s && signals.put(s.getTag(), s) != null) {
				throw new AssertionError("two signals tagged " + s.getTag());
			}
		});
		return signals;
	}

	private static Map<String, Equipment> equipmentByTag(Plant plant) {
		Map<String, Equipment> equipment = new HashMap<>();
		plant.eAllContents().forEachRemaining(e -> {
			if (e instanceof Equipment q && q.getTag() != null) {
				equipment.put(q.getTag(), q);
			}
		});
		return equipment;
	}

	private static Binding bindingOf(Plant plant, Signal signal) {
		return plant.getTwin().getBindings().stream().filter(b -> b.getSignal() == signal).findFirst()
				.orElseThrow(() -> new AssertionError("no binding for " + signal.getTag()));
	}

	/** The classes of the signal's containers, e.g. [Area, WorkCenter, Unit, Equipment]. */
	private static List<String> kinds(Signal signal) {
		List<String> kinds = new ArrayList<>();
		for (EObject e = signal.eContainer(); e != null && !(e instanceof Plant); e = e.eContainer()) {
			kinds.add(0, e.eClass().getName());
		}
		return kinds;
	}
}
