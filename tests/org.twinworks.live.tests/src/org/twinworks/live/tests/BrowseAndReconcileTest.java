// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.AddressSpaceBrowser;
import org.twinworks.live.BrowseTree;
import org.twinworks.live.BrowsedNode;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.Mismatch;
import org.twinworks.live.Mismatch.Aspect;
import org.twinworks.live.NodeDetails;
import org.twinworks.live.Reconciler;
import org.twinworks.live.Reconciliation;
import org.twinworks.live.ServerTrust;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.sim.Fault;
import org.twinworks.sim.VirtualPlant;

/** Browsing the virtual plant's address space, and reconciling models against the nodes it serves. */
class BrowseAndReconcileTest {
	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;

	@BeforeAll
	static void startPlant() throws Exception {
		clientPki = directory.resolve("client-pki");
		sim = LivePlants.start(directory, false, clientPki);
		LivePlants.trustServer(clientPki, sim);
	}

	@AfterAll
	static void stopPlant() {
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void browsingFromObjectsReachesABoundVariableWithItsModelNodeIdAndType() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "browse");
		try (LiveSession session = connect(LivePlants.endpointOf(plant, sim))) {
			AddressSpaceBrowser browser = session.browser();
			List<BrowsedNode> top = browser.children(AddressSpaceBrowser.OBJECTS_FOLDER);
			assertTrue(top.stream().anyMatch(n -> n.browseName().equals("Server")), top.toString());
			BrowsedNode plantFolder = top.stream().filter(n -> DemoPlant.NAMESPACE_URI.equals(n.namespaceUri()))
					.findFirst().orElseThrow(() -> new AssertionError("no plant folder in " + top));
			assertEquals("Object", plantFolder.nodeClass());
			BrowsedNode level = find(browser, plantFolder, "LT-101.PV", 6);
			assertNotNull(level, "LT-101.PV not found below " + plantFolder);
			assertEquals("Variable", level.nodeClass());
			assertEquals("Double", level.dataType());
			assertEquals(bindingOf(plant, "LT-101.PV").getNodeId(), level.nodeId());

			NodeDetails details = browser.details(level.nodeId());
			assertEquals("Good", details.status());
			assertEquals(DemoPlant.NAMESPACE_URI, details.namespaceUri());
			assertEquals("Double", details.dataType());
			assertEquals(0.0, details.euRange().low());
			assertEquals(6.0, details.euRange().high());
			assertEquals("m", details.engineeringUnits().symbol());
			assertTrue(details.readable());
			assertFalse(details.writable());
			assertTrue(details.value().value() instanceof Double, String.valueOf(details.value()));
		}
	}

	@Test
	void aVariableListsItsPropertiesAndTheTreeShowsThemWhenTheDepthAllows() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "properties");
		try (LiveSession session = connect(LivePlants.endpointOf(plant, sim))) {
			AddressSpaceBrowser browser = session.browser();
			BrowsedNode plantFolder = browser.children(AddressSpaceBrowser.OBJECTS_FOLDER).stream()
					.filter(n -> DemoPlant.NAMESPACE_URI.equals(n.namespaceUri())).findFirst().orElseThrow();
			BrowsedNode level = find(browser, plantFolder, "LT-101.PV", 6);
			assertNotNull(level);
			assertFalse(level.isProperty());

			List<BrowsedNode> properties = browser.children(level.nodeId());
			BrowsedNode range = named(properties, "EURange");
			assertEquals("HasProperty", range.referenceType());
			assertTrue(range.isProperty() && range.isVariable());
			assertEquals("Range", range.dataType());
			assertEquals("EUInformation", named(properties, "EngineeringUnits").dataType());

			// the equipment folder holding LT-101.PV: its variables' properties come in the same walk
			String equipment = parentOf(browser, plantFolder, level, 6).nodeId();
			BrowseTree deep = browser.tree(equipment, 2, 1_000);
			assertFalse(deep.truncated());
			int at = indexOf(deep, "LT-101.PV");
			assertEquals(1, deep.entries().get(at).level());
			List<BrowseTree.Entry> below = deep.entries().stream().skip(at + 1).takeWhile(e -> e.level() == 2).toList();
			assertTrue(below.stream().map(e -> e.node().browseName()).toList()
					.containsAll(List.of("EURange", "EngineeringUnits")), below.toString());
			assertTrue(below.stream().allMatch(e -> e.node().isProperty()), below.toString());

			BrowseTree shallow = browser.tree(equipment, 1, 1_000);
			assertTrue(shallow.entries().stream().allMatch(e -> e.level() == 1));
			assertTrue(shallow.entries().stream().noneMatch(e -> e.node().browseName().equals("EURange")));

			int fewer = deep.entries().size() - 1;
			BrowseTree limited = browser.tree(equipment, 2, fewer);
			assertEquals(deep.entries().subList(0, fewer), limited.entries());
			assertTrue(limited.truncated());
			assertFalse(browser.tree(equipment, 2, deep.entries().size()).truncated(), "exactly the limit is complete");
		}
	}

	@Test
	void theDemoReconcilesCleanAgainstThePlantServingIt() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "clean");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		try (LiveSession session = connect(endpoint)) {
			List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
			Reconciliation result = Reconciler.reconcile(session.browser(), bindings);
			assertEquals(List.of(), result.mismatches());
			assertEquals(153, result.nodes().size());
			assertEquals(List.of(), result.stale(Duration.ofSeconds(30), Instant.now()));
		}
	}

	@Test
	void anAlteredModelShowsEachMismatchAndNothingElse() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "altered");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		bindingOf(plant, "LT-101.PV").getSignal().setRangeHigh(8.0);
		Signal pressure = bindingOf(plant, "PT-101.PV").getSignal();
		pressure.setUnit(bindingOf(plant, "LT-101.PV").getSignal().getUnit());
		bindingOf(plant, "FT-101.PV").getSignal().setDataType(SignalDataType.FLOAT);
		Signal ph = bindingOf(plant, "AIT-302.PV").getSignal();
		ph.setAccess(Access.READ_WRITE);
		Binding missing = bindingOf(plant, "TT-401.PV");
		missing.setNodeId("nsu=" + DemoPlant.NAMESPACE_URI + ";s=NO-SUCH-NODE");
		try (LiveSession session = connect(endpoint)) {
			List<Mismatch> found = Reconciler.reconcile(session.browser(), LiveBindings.activeOn(plant, endpoint))
					.mismatches();
			Set<String> seen = found.stream().map(m -> m.tag() + " " + m.aspect()).collect(Collectors.toSet());
			assertEquals(Set.of("LT-101.PV EU_RANGE", "PT-101.PV ENGINEERING_UNITS", "FT-101.PV DATA_TYPE",
					"AIT-302.PV ACCESS_LEVEL", "TT-401.PV NODE"), seen, found.toString());
			Mismatch range = found.stream().filter(m -> m.aspect() == Aspect.EU_RANGE).findFirst().orElseThrow();
			assertEquals("0.0 .. 8.0", range.modelValue());
			assertEquals("0.0 .. 6.0", range.serverValue());
			Mismatch node = found.stream().filter(m -> m.aspect() == Aspect.NODE).findFirst().orElseThrow();
			assertTrue(node.serverValue().contains("Bad_NodeIdUnknown"), node.toString());
		}
	}

	@Test
	void aStuckSignalsValueGoesStaleWhileTheOthersStayFresh() throws Exception {
		Plant plant = LivePlants.demoPlant(directory, "stale");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		sim.inject("LT-101.PV", Fault.stuck());
		try (LiveSession session = connect(endpoint)) {
			Thread.sleep(3_500);
			Reconciliation result = Reconciler.reconcile(session.browser(), LiveBindings.activeOn(plant, endpoint));
			List<String> stale = result.stale(Duration.ofSeconds(2), Instant.now()).stream()
					.map(b -> b.getSignal().getTag()).toList();
			assertEquals(List.of("LT-101.PV"), stale);
		} finally {
			sim.clear("LT-101.PV");
		}
	}

	/** Depth-first search by browse name, at most {@code depth} levels down. */
	private static BrowsedNode find(AddressSpaceBrowser browser, BrowsedNode from, String name, int depth)
			throws Exception {
		if (depth == 0) {
			return null;
		}
		List<BrowsedNode> children = new ArrayList<>(browser.children(from.nodeId()));
		for (BrowsedNode child : children) {
			if (child.browseName().equals(name)) {
				return child;
			}
		}
		for (BrowsedNode child : children) {
			if (child.nodeClass().equals("Object")) {
				BrowsedNode found = find(browser, child, name, depth - 1);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** The Object directly above {@code node}, searching from {@code from}. */
	private static BrowsedNode parentOf(AddressSpaceBrowser browser, BrowsedNode from, BrowsedNode node, int depth)
			throws Exception {
		if (depth == 0) {
			return null;
		}
		List<BrowsedNode> children = browser.children(from.nodeId());
		if (children.stream().anyMatch(c -> c.nodeId().equals(node.nodeId()))) {
			return from;
		}
		for (BrowsedNode child : children) {
			if (child.nodeClass().equals("Object")) {
				BrowsedNode found = parentOf(browser, child, node, depth - 1);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static BrowsedNode named(List<BrowsedNode> nodes, String browseName) {
		return nodes.stream().filter(n -> n.browseName().equals(browseName)).findFirst()
				.orElseThrow(() -> new AssertionError("no " + browseName + " in " + nodes));
	}

	private static int indexOf(BrowseTree tree, String browseName) {
		for (int i = 0; i < tree.entries().size(); i++) {
			if (tree.entries().get(i).node().browseName().equals(browseName)) {
				return i;
			}
		}
		throw new AssertionError("no " + browseName + " in " + tree);
	}

	private static Binding bindingOf(Plant plant, String tag) {
		return plant.getTwin().getBindings().stream().filter(b -> tag.equals(b.getSignal().getTag())).findFirst()
				.orElseThrow();
	}

	private static LiveSession connect(Endpoint endpoint) throws Exception {
		return LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()));
	}
}
