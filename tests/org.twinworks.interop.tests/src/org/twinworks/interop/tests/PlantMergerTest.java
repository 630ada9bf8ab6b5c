// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.interop.merge.Change;
import org.twinworks.interop.merge.ImportDiff;
import org.twinworks.interop.merge.ImportDraft;
import org.twinworks.interop.merge.MergeOptions;
import org.twinworks.interop.merge.PlantMerger;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.demo.DemoPlant;
import org.twinworks.model.persistence.PlantFiles;

/** The merger on the demo plant: add, update, adopt by tag, conflict, remove, undo, and nothing half applied. */
class PlantMergerTest {

	private static final TwinFactory F = TwinFactory.eINSTANCE;
	private static final String SCOPE = "csv:";

	@TempDir
	Path dir;
	private Resource resource;
	private Plant plant;

	@BeforeEach
	void demo() {
		resource = PlantFiles.createResource(PlantFiles.newResourceSet(), dir.resolve("demo.twin"));
		plant = DemoPlant.createIn(resource);
	}

	@Test
	void addsANewAreaWithEquipmentSignalUnitAndBindingThenReimportingChangesNothing() throws IOException {
		byte[] before = PlantFiles.bytes(resource);
		ImportDiff diff = PlantMerger.diff(plant, newAreaDraft(), MergeOptions.defaults());
		assertEquals(0, diff.count(Change.Updated.class), diff.changes().toString());
		// the area with its equipment and signal, and the binding; the plant's unit MQH is used, not added
		assertEquals(
				List.of("+ Area Import in the plant (3 elements)",
						"+ Binding of FT-901 to nsu=urn:twinworks:demo:riverside;s=FT-901 in the twin"),
				diff.changes().stream().map(Change::line).toList());
		Command command = diff.command(null);
		command.execute();

		Signal imported = signal("FT-901");
		assertEquals("csv:FT-901", imported.getSourceId());
		assertEquals("MQH", imported.getUnit().getCode());
		assertSame(plant, EcoreUtil.getRootContainer(imported.getUnit()), "the existing unit of the plant is used");
		Binding binding = bindingOf(imported);
		assertEquals("nsu=urn:twinworks:demo:riverside;s=FT-901", binding.getNodeId());
		assertSame(plant.getTwin().getEndpoints().get(0), binding.getEndpoint(),
				"a draft endpoint without URL is the plant's");

		ImportDiff again = PlantMerger.diff(plant, newAreaDraft(), MergeOptions.defaults());
		assertTrue(again.isEmpty(), again.changes().toString());

		command.undo();
		assertArrayEquals(before, PlantFiles.bytes(resource), "undo restores the plant byte for byte");
		command.redo();
		assertEquals("csv:FT-901", signal("FT-901").getSourceId());
	}

	@Test
	void updatesWhatTheSourceSaysAndKeepsWhatItDoesNotSay() throws IOException {
		PlantMerger.diff(plant, newAreaDraft(), MergeOptions.defaults()).command(null).execute();
		signal("FT-901").setDescription("typed by an engineer");

		ImportDraft changed = newAreaDraft();
		Signal draftSignal = (Signal) changed.plant().getAreas().get(0).getEquipment().get(0).getSignals().get(0);
		draftSignal.setRangeHigh(250.0);
		ImportDiff diff = PlantMerger.diff(plant, changed, MergeOptions.defaults());

		assertEquals(List.of("~ Signal FT-901 at Import/P-901/FT-901: rangeHigh 200.0 → 250.0"),
				diff.changes().stream().map(Change::line).toList());
		diff.command(null).execute();
		assertEquals(250.0, signal("FT-901").getRangeHigh());
		assertEquals("typed by an engineer", signal("FT-901").getDescription(), "an unset attribute is not erased");
	}

	@Test
	void adoptsAnExistingSignalWithTheSameTagInsteadOfAddingACopy() {
		Signal existing = signal("LT-401.PV");
		ImportDraft draft = draft();
		Area area = F.createArea();
		area.setName(((Area) existing.getEquipment().getHolder().eContainer().eContainer()).getName());
		Signal same = F.createSignal();
		same.setTag("LT-401.PV");
		same.setSourceId("csv:LT-401.PV");
		Equipment holder = F.createEquipment();
		holder.setTag(existing.getEquipment().getTag());
		holder.getSignals().add(same);
		area.getEquipment().add(holder);
		draft.plant().getAreas().add(area);
		long signalsBefore = count(Signal.class);

		PlantMerger.diff(plant, draft, MergeOptions.defaults()).command(null).execute();

		assertEquals(signalsBefore, count(Signal.class));
		assertEquals("csv:LT-401.PV", existing.getSourceId());
	}

	@Test
	void aTagFromAnotherSourceIsAConflictAndLeftAsItIs() {
		Signal existing = signal("LT-401.PV");
		existing.setSourceId("opcua:nsu=urn:x;s=LT-401.PV");
		existing.setRangeHigh(5.0);
		ImportDraft draft = draft();
		Equipment holder = F.createEquipment();
		holder.setTag("X-1");
		Signal same = F.createSignal();
		same.setTag("LT-401.PV");
		same.setSourceId("csv:LT-401.PV");
		same.setRangeHigh(9.0);
		holder.getSignals().add(same);
		Area area = F.createArea();
		area.setName("Import");
		area.getEquipment().add(holder);
		draft.plant().getAreas().add(area);

		ImportDiff diff = PlantMerger.diff(plant, draft, MergeOptions.defaults());

		assertEquals(1, diff.conflicts().size(), diff.changes().toString());
		assertTrue(diff.conflicts().get(0).why().contains("opcua:nsu=urn:x;s=LT-401.PV"), diff.conflicts().toString());
		diff.command(null).execute();
		assertEquals(5.0, existing.getRangeHigh());
		assertEquals(1, plant.eResource().getContents().size());
		assertEquals(1, countTag("LT-401.PV"), "no second signal with the tag");
	}

	@Test
	void removesWhatTheSourceNoLongerHasWithItsBindingWhenAskedAndUndoBringsItBack() throws IOException {
		PlantMerger.diff(plant, newAreaDraft(), MergeOptions.defaults()).command(null).execute();
		byte[] imported = PlantFiles.bytes(resource);
		ImportDraft without = newAreaDraft();
		without.plant().getAreas().get(0).getEquipment().get(0).getSignals().clear();
		without.plant().getTwin().getBindings().clear();

		ImportDiff keep = PlantMerger.diff(plant, without, MergeOptions.defaults());
		assertEquals(0, keep.count(Change.Removed.class), "nothing is removed unless asked");

		ImportDiff diff = PlantMerger.diff(plant, newAreaDraftWithout(), new MergeOptions(true));
		assertEquals(1, diff.count(Change.Removed.class), diff.changes().toString());
		Command command = diff.command(null);
		command.execute();
		assertNull(findTag("FT-901"));
		assertTrue(plant.getTwin().getBindings().stream().allMatch(b -> b.getSignal() != null),
				"the removed signal's binding went with it");
		command.undo();
		assertArrayEquals(imported, PlantFiles.bytes(resource));
	}

	@Test
	void anImportThatCannotCompleteLeavesThePlantAsItWas() throws IOException {
		PlantMerger.diff(plant, newAreaDraft(), MergeOptions.defaults()).command(null).execute();
		ImportDraft draft = newAreaDraftWithout();
		Area second = F.createArea();
		second.setName("Second");
		draft.plant().getAreas().add(second);
		ImportDiff diff = PlantMerger.diff(plant, draft, new MergeOptions(true));
		Command command = diff.command(null);
		// someone removes the signal between the preview and applying: the removal step cannot run
		EcoreUtil.delete(signal("FT-901"));
		byte[] before = PlantFiles.bytes(resource);

		assertThrows(IllegalStateException.class, command::execute);
		assertArrayEquals(before, PlantFiles.bytes(resource), "the steps done before the failure are undone");
		assertFalse(plant.getAreas().stream().anyMatch(a -> "Second".equals(a.getName())));
	}

	@Test
	void theDiffCommandIsMadeOnce() {
		ImportDiff diff = PlantMerger.diff(plant, newAreaDraft(), MergeOptions.defaults());
		diff.command(null);
		assertThrows(IllegalStateException.class, () -> diff.command(null));
	}

	// ------------------------------------------------------------------------------------------------ helpers

	private static ImportDraft draft() {
		Plant draft = F.createPlant();
		draft.setTwin(F.createTwin());
		return new ImportDraft(draft, SCOPE, "tags.csv", List.of());
	}

	private static ImportDraft newAreaDraft() {
		ImportDraft draft = draft();
		EngineeringUnit unit = F.createEngineeringUnit();
		unit.setCode("MQH");
		draft.plant().getEngineeringUnits().add(unit);
		Area area = F.createArea();
		area.setName("Import");
		area.setSourceId("csv:area:Import");
		Equipment pump = F.createEquipment();
		pump.setTag("P-901");
		pump.setSourceId("csv:P-901");
		Signal flow = F.createSignal();
		flow.setTag("FT-901");
		flow.setSourceId("csv:FT-901");
		flow.setDirection(SignalDirection.INPUT);
		flow.setRangeLow(0.0);
		flow.setRangeHigh(200.0);
		flow.setUnit(unit);
		pump.getSignals().add(flow);
		area.getEquipment().add(pump);
		draft.plant().getAreas().add(area);
		org.twinworks.model.Endpoint endpoint = F.createEndpoint();
		draft.plant().getTwin().getEndpoints().add(endpoint);
		Binding binding = F.createBinding();
		binding.setSignal(flow);
		binding.setEndpoint(endpoint);
		binding.setNodeId("nsu=urn:twinworks:demo:riverside;s=FT-901");
		draft.plant().getTwin().getBindings().add(binding);
		return draft;
	}

	private static ImportDraft newAreaDraftWithout() {
		ImportDraft draft = newAreaDraft();
		draft.plant().getAreas().get(0).getEquipment().get(0).getSignals().clear();
		draft.plant().getTwin().getBindings().clear();
		return draft;
	}

	private Signal signal(String tag) {
		Signal found = findTag(tag);
		if (found == null) {
			throw new AssertionError("no signal " + tag);
		}
		return found;
	}

	private Signal findTag(String tag) {
		for (var all = plant.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Signal s && tag.equals(s.getTag())) {
				return s;
			}
		}
		return null;
	}

	private long countTag(String tag) {
		long n = 0;
		for (var all = plant.eAllContents(); all.hasNext();) {
			if (all.next() instanceof Signal s && tag.equals(s.getTag())) {
				n++;
			}
		}
		return n;
	}

	private long count(Class<? extends EObject> kind) {
		long n = 0;
		for (var all = plant.eAllContents(); all.hasNext();) {
			if (kind.isInstance(all.next())) {
				n++;
			}
		}
		return n;
	}

	private Binding bindingOf(Signal signal) {
		return plant.getTwin().getBindings().stream().filter(b -> b.getSignal() == signal).findFirst().orElseThrow();
	}
}
