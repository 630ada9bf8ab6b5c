// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.markers.WorkbenchMarkerResolution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.Equipment;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.tests.harness.FreshDemoPlant;
import org.twinworks.tests.harness.ScreenshotOnFailure;
import org.twinworks.tests.harness.UiWait;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.ProblemMarkers;
import org.twinworks.ui.quickfix.FixRunner;
import org.twinworks.ui.quickfix.Proposals;
import org.twinworks.ui.quickfix.QuickFixHandler;

/**
 * Quick fixes on the demo plant: offered for markers in the Problems view and by Quick Fix in the editor, each one
 * command that one undo takes back; several markers of one kind fixed at once.
 */
@ExtendWith(ScreenshotOnFailure.class)
class QuickFixTest {
	private static final Duration WAIT = Duration.ofSeconds(10);
	private IWorkbenchPage page;
	private IFile file;
	private PlantEditor editor;

	@BeforeEach
	void openAFreshDemoPlant() throws Exception {
		FreshDemoPlant fresh = FreshDemoPlant.open();
		page = fresh.page();
		file = fresh.file();
		editor = fresh.editor();
	}

	@AfterEach
	void answerChoicesByDialogAgain() {
		FixRunner.useChooser(null);
	}

	@Test
	void theProblemsViewOffersBothAlarmFixesAndMovingTheLimitIsUndoneInOneStep() {
		AlarmLimit limit = firstAlarmLimit();
		Signal signal = (Signal) limit.eContainer();
		double inside = limit.getValue();
		execute(SetCommand.create(editor.getEditingDomain(), limit, TwinPackage.Literals.ALARM_LIMIT__VALUE,
				signal.getRangeHigh() + 5));
		IMarker marker = waitForMarkers(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE, 1).get(0);
		assertEquals(id(signal), marker.getAttribute(ProblemMarkers.ELEMENT_ID, null));

		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Move the limits inside the range", "Widen the range to the limits"),
				Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		assertEquals(signal.getRangeHigh(), limit.getValue());
		waitForMarkers(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE, 0);
		editor.getUndoAction().run();
		assertEquals(signal.getRangeHigh() + 5, limit.getValue(), "one undo takes the fix back");
		editor.validate(false);
		waitForMarkers(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE, 1);
		editor.getUndoAction().run();
		assertEquals(inside, limit.getValue());
	}

	@Test
	void severalDuplicateTagsAreRenamedAtOnceAsOneCommand() {
		List<Equipment> equipment = allEquipment();
		Equipment original = equipment.get(0);
		Equipment second = equipment.get(1);
		Equipment third = equipment.get(2);
		CompoundCommand duplicate = new CompoundCommand("duplicate");
		duplicate.append(SetCommand.create(editor.getEditingDomain(), second, TwinPackage.Literals.EQUIPMENT__TAG,
				original.getTag()));
		duplicate.append(SetCommand.create(editor.getEditingDomain(), third, TwinPackage.Literals.EQUIPMENT__TAG,
				original.getTag()));
		execute(duplicate);
		List<IMarker> markers = waitForMarkers(ProblemCode.DUPLICATE_TAG, 2);

		WorkbenchMarkerResolution rename = (WorkbenchMarkerResolution) IDE.getMarkerHelpRegistry()
				.getResolutions(markers.get(0))[0];
		assertEquals("Rename to the next free tag", rename.getLabel());
		IMarker[] all = allMarkers();
		assertEquals(List.of(markers.get(1)), Arrays.asList(rename.findOtherMarkers(all)),
				"the other duplicate, not the problems of other kinds");
		rename.run(markers.toArray(IMarker[]::new), null);

		assertEquals(3, List.of(original.getTag(), second.getTag(), third.getTag()).stream().distinct().count(),
				second.getTag() + ", " + third.getTag());
		waitForMarkers(ProblemCode.DUPLICATE_TAG, 0);
		editor.getUndoAction().run();
		assertEquals(original.getTag(), second.getTag());
		assertEquals(original.getTag(), third.getTag());
	}

	@Test
	void aFixThatNeedsAChoiceAsksOnceAndOpensTheEditorWhenTheFileIsClosed() throws Exception {
		Binding binding = editor.getLoaded().plant().getTwin().getBindings().get(0);
		// no validation before the save's: its markers would be replaced by the save's
		editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(editor.getEditingDomain(), binding, TwinPackage.Literals.BINDING__ENDPOINT, null));
		editor.doSave(null);
		IMarker marker = waitForMarkers(ProblemCode.BINDING_WITHOUT_ENDPOINT, 1).get(0);
		String bindingId = id(binding);
		page.closeEditor(editor, false);
		List<Object> offered = new java.util.ArrayList<>();
		FixRunner.useChooser((fix, choices, shell) -> {
			offered.addAll(choices);
			return choices.get(0);
		});

		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Choose the endpoint..."),
				Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		resolutions[0].run(marker);

		PlantEditor opened = (PlantEditor) page.findEditor(new org.eclipse.ui.part.FileEditorInput(file));
		assertNotNull(opened, "the resolution opened the plant editor");
		Binding reloaded = (Binding) opened.getResource().getEObject(bindingId);
		assertEquals(opened.getLoaded().plant().getTwin().getEndpoints(), offered);
		assertSame(offered.get(0), reloaded.getEndpoint());
		assertTrue(opened.isDirty());
		opened.getUndoAction().run();
		assertEquals(null, reloaded.getEndpoint());
		assertFalse(opened.isDirty());
		editor = opened;
	}

	@Test
	void quickFixInTheEditorOffersTheSameFixesForTheSelectedElement() {
		assertTrue(
				PlatformUI.getWorkbench().getService(ICommandService.class)
						.getCommand("org.eclipse.jdt.ui.edit.text.java.correction.assist.proposals").isHandled(),
				"Ctrl+1 is handled in the plant editor");
		AlarmLimit limit = firstAlarmLimit();
		Signal signal = (Signal) limit.eContainer();
		double high = signal.getRangeHigh();
		execute(SetCommand.create(editor.getEditingDomain(), limit, TwinPackage.Literals.ALARM_LIMIT__VALUE, high + 5));
		editor.select(limit); // the limit's problem is on its signal; selecting the limit finds it
		List<?> selection = ((StructuredSelection) editor.getTreeViewer().getSelection()).toList();

		List<Proposals.Proposal> proposals = QuickFixHandler.proposals(editor, selection);

		assertEquals(List.of("Move the limits inside the range", "Widen the range to the limits"),
				proposals.stream().map(Proposals.Proposal::label).toList());
		assertTrue(FixRunner.run(editor, proposals.get(1).fix(), proposals.get(1).elements()));
		assertEquals(high + 5, signal.getRangeHigh());
		assertTrue(QuickFixHandler.proposals(editor, selection).isEmpty());
		editor.getUndoAction().run();
		assertEquals(high, signal.getRangeHigh());
		assertEquals(2, QuickFixHandler.proposals(editor, selection).size());
		assertTrue(QuickFixHandler.proposals(editor, List.of(editor.getLoaded().plant())).isEmpty(),
				"nothing for an element without problems");
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		editor.getEditingDomain().getCommandStack().execute(command);
		editor.validate(false);
	}

	private AlarmLimit firstAlarmLimit() {
		for (var it = editor.getLoaded().plant().eAllContents(); it.hasNext();) {
			if (it.next() instanceof AlarmLimit limit && ((Signal) limit.eContainer()).getRangeHigh() != null
					&& limit.eContainer().eContainer() instanceof Equipment) {
				return limit;
			}
		}
		throw new AssertionError("the demo plant has no alarm limit");
	}

	private List<Equipment> allEquipment() {
		List<Equipment> equipment = new java.util.ArrayList<>();
		editor.getLoaded().plant().eAllContents().forEachRemaining(e -> {
			if (e instanceof Equipment eq && eq.getTag() != null) {
				equipment.add(eq);
			}
		});
		return equipment;
	}

	/** Markers are written by a job after each validation: waits until this code has that many. */
	private List<IMarker> waitForMarkers(ProblemCode code, int count) {
		UiWait.until(() -> markers(code).size() == count, WAIT, count + " " + code.id() + " markers");
		return markers(code);
	}

	private List<IMarker> markers(ProblemCode code) {
		return Arrays.stream(allMarkers())
				.filter(m -> code.id().equals(m.getAttribute(ProblemMarkers.PROBLEM_CODE, null))).toList();
	}

	private IMarker[] allMarkers() {
		try {
			return file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static String id(EObject element) {
		return element.eResource().getURIFragment(element);
	}
}
