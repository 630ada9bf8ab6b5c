// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.junit.jupiter.api.Test;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Area;
import org.twinworks.model.Binding;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Endpoint;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDirection;
import org.twinworks.model.Twin;
import org.twinworks.model.TwinFactory;
import org.twinworks.model.edit.quickfix.QuickFix;
import org.twinworks.model.edit.quickfix.QuickFixes;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.model.provider.TwinItemProviderAdapterFactory;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.validation.PlantValidator;
import org.twinworks.model.validation.ValidationProblem;

/**
 * Each quick fix repairs its problem in one command, and one undo brings the problem back; fixes of several
 * problems of one kind run as one command too.
 */
class QuickFixCommandsTest {
	private static final TwinFactory F = TwinFactory.eINSTANCE;

	private final BasicCommandStack stack = new BasicCommandStack();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(
					List.of(new TwinItemProviderAdapterFactory(), new ReflectiveItemProviderAdapterFactory())),
			stack, PlantFiles.newResourceSet());
	private final Plant plant = F.createPlant();
	private final Area area = F.createArea();
	private final EngineeringUnit metre = F.createEngineeringUnit();
	private final Twin twin = F.createTwin();

	QuickFixCommandsTest() {
		Resource resource = domain.getResourceSet().createResource(URI.createURI("test.twin"));
		plant.setName("Test plant");
		area.setName("Area");
		plant.getAreas().add(area);
		metre.setCode("MTR");
		metre.setSymbol("m");
		plant.getEngineeringUnits().add(metre);
		plant.setTwin(twin);
		resource.getContents().add(plant);
	}

	@Test
	void movingTheLimitsInsideTheRangeClampsThemAndUndoPutsThemBack() {
		Signal level = signal(equipment("TK-1"), "LT-1.PV", 0.0, 10.0);
		AlarmLimit high = limit(level, AlarmKind.HIGH, 9.0);
		AlarmLimit highHigh = limit(level, AlarmKind.HIGH_HIGH, 12.0);
		AlarmLimit lowLow = limit(level, AlarmKind.LOW_LOW, -1.0);
		List<ValidationProblem> outside = problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE);
		assertEquals(2, outside.size(), outside::toString);
		ValidationProblem problem = outside.get(0);
		assertSame(level, problem.element());
		assertEquals(List.of("Move the limits inside the range", "Widen the range to the limits"),
				QuickFixes.forProblem(problem).stream().map(QuickFix::label).toList());

		apply(fix(problem, "Move"), List.of(level), null);

		assertEquals(List.of(9.0, 10.0, 0.0), List.of(high.getValue(), highHigh.getValue(), lowLow.getValue()));
		assertTrue(problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).isEmpty());
		assertTrue(PlantValidator.validate(plant).isEmpty(), () -> PlantValidator.validate(plant).toString());
		stack.undo();
		assertEquals(List.of(9.0, 12.0, -1.0), List.of(high.getValue(), highHigh.getValue(), lowLow.getValue()));
		assertEquals(2, problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).size());
	}

	@Test
	void wideningTheRangeTakesInEveryLimitAndUndoNarrowsItAgain() {
		Signal level = signal(equipment("TK-1"), "LT-1.PV", 0.0, 10.0);
		limit(level, AlarmKind.HIGH_HIGH, 12.5);
		limit(level, AlarmKind.LOW_LOW, -2.0);

		apply(fix(problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).get(0), "Widen"), List.of(level), null);

		assertEquals(-2.0, level.getRangeLow());
		assertEquals(12.5, level.getRangeHigh());
		assertTrue(problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).isEmpty());
		stack.undo();
		assertEquals(0.0, level.getRangeLow());
		assertEquals(10.0, level.getRangeHigh());
		assertEquals(2, problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).size());
	}

	@Test
	void severalSignalsLimitsAreMovedInOneCommandAndOneUndo() {
		Signal a = signal(equipment("TK-1"), "LT-1.PV", 0.0, 10.0);
		Signal b = signal(equipment("TK-2"), "LT-2.PV", 0.0, 5.0);
		limit(a, AlarmKind.HIGH, 11.0);
		limit(b, AlarmKind.HIGH, 6.0);
		List<EObject> elements = problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).stream()
				.map(ValidationProblem::element).toList();
		assertEquals(List.of(a, b), elements);

		apply(QuickFixes.forCode(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).get(0), elements, null);

		assertTrue(problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).isEmpty());
		stack.undo();
		assertFalse(stack.canUndo(), "one command on the stack");
		assertEquals(2, problems(ProblemCode.ALARM_LIMIT_OUTSIDE_RANGE).size());
	}

	@Test
	void aDuplicateEquipmentTagBecomesTheNextFreeOneAndItsSignalsFollow() {
		Equipment first = equipment("P-101");
		signal(first, "P-101.RUN", null, null);
		equipment("P-102");
		Equipment second = equipment("P-101");
		Signal run = signal(second, "P-101.RUN", null, null);
		// the equipment and its signal are both duplicates; fixing the equipment fixes both
		List<ValidationProblem> duplicates = problems(ProblemCode.DUPLICATE_TAG);
		assertEquals(List.of(second, run), duplicates.stream().map(ValidationProblem::element).toList());

		apply(fix(duplicates.get(0), "Rename"), List.of(second), null);

		assertEquals("P-103", second.getTag());
		assertEquals("P-103.RUN", run.getTag());
		assertTrue(problems(ProblemCode.DUPLICATE_TAG).isEmpty());
		stack.undo();
		assertEquals("P-101", second.getTag());
		assertEquals("P-101.RUN", run.getTag());
		assertEquals(2, problems(ProblemCode.DUPLICATE_TAG).size());
	}

	@Test
	void severalDuplicatesAreRenamedApartInOneCommand() {
		Equipment first = equipment("FT-101");
		Equipment second = equipment("FT-101");
		Equipment third = equipment("FT-101");
		List<EObject> elements = problems(ProblemCode.DUPLICATE_TAG).stream().map(ValidationProblem::element).toList();
		assertEquals(List.of(second, third), elements);

		apply(QuickFixes.forCode(ProblemCode.DUPLICATE_TAG).get(0), elements, null);

		assertEquals(List.of("FT-101", "FT-102", "FT-103"), List.of(first.getTag(), second.getTag(), third.getTag()));
		assertTrue(problems(ProblemCode.DUPLICATE_TAG).isEmpty());
		stack.undo();
		assertEquals(List.of("FT-101", "FT-101", "FT-101"), List.of(first.getTag(), second.getTag(), third.getTag()));
		assertFalse(stack.canUndo());
	}

	@Test
	void aBindingWithoutEndpointGetsTheChosenEndpoint() {
		Endpoint plc = endpoint("PLC");
		Endpoint scada = endpoint("SCADA");
		Binding a = binding(signal(equipment("TK-1"), "LT-1.PV", null, null));
		Binding b = binding(signal(equipment("TK-2"), "LT-2.PV", null, null));
		List<ValidationProblem> problems = problems(ProblemCode.BINDING_WITHOUT_ENDPOINT);
		assertEquals(List.of(a, b), problems.stream().map(ValidationProblem::element).toList());
		QuickFix choose = fix(problems.get(0), "Choose the endpoint");
		assertTrue(choose.needsChoice());
		assertEquals(List.of(plc, scada), choose.choices(a));
		assertEquals("SCADA (opc.tcp://127.0.0.1:4840/SCADA)", choose.choiceLabel(scada));

		apply(choose, List.of(a, b), scada);

		assertSame(scada, a.getEndpoint());
		assertSame(scada, b.getEndpoint());
		assertTrue(problems(ProblemCode.BINDING_WITHOUT_ENDPOINT).isEmpty());
		stack.undo();
		assertNull(a.getEndpoint());
		assertNull(b.getEndpoint());
		assertEquals(2, problems(ProblemCode.BINDING_WITHOUT_ENDPOINT).size());
	}

	@Test
	void aBindingOnAnEndpointThatDoesNotServeItsNamespaceIsWarnedAboutAndMoved() {
		Endpoint plc = endpoint("PLC");
		Endpoint scada = endpoint("SCADA");
		Binding a = binding(signal(equipment("TK-1"), "LT-1.PV", null, null));
		Binding b = binding(signal(equipment("TK-2"), "LT-2.PV", null, null));
		Binding stray = binding(signal(equipment("TK-3"), "LT-3.PV", null, null));
		Binding own = binding(signal(equipment("TK-4"), "LT-4.PV", null, null));
		own.setNodeId("nsu=urn:scada-only;s=LT-4.PV");
		List.of(a, b).forEach(x -> x.setEndpoint(plc));
		List.of(stray, own).forEach(x -> x.setEndpoint(scada));
		ValidationProblem problem = only(ProblemCode.BINDING_UNKNOWN_NAMESPACE);
		assertSame(stray, problem.element(), "urn:test is PLC's; a namespace only SCADA uses is not suspicious");
		assertEquals(ValidationProblem.Severity.WARNING, problem.severity());
		assertTrue(problem.toString().contains("urn:test"), problem::toString);
		QuickFix choose = fix(problem, "Choose the endpoint");

		apply(choose, List.of(stray), plc);

		assertSame(plc, stray.getEndpoint());
		assertTrue(problems(ProblemCode.BINDING_UNKNOWN_NAMESPACE).isEmpty());
		stack.undo();
		assertSame(scada, stray.getEndpoint());
		assertEquals(1, problems(ProblemCode.BINDING_UNKNOWN_NAMESPACE).size());
	}

	@Test
	void aSignalWithARangeButNoUnitIsWarnedAboutAndGetsAUnitOfThePlant() {
		Signal level = signal(equipment("TK-1"), "LT-1.PV", 0.0, 10.0);
		level.setUnit(null);
		ValidationProblem problem = only(ProblemCode.SIGNAL_WITHOUT_UNIT);
		assertEquals(ValidationProblem.Severity.WARNING, problem.severity());
		QuickFix choose = fix(problem, "Choose the unit");
		List<Object> choices = choose.choices(level);
		assertSame(metre, choices.get(0), "the plant's units come first");
		assertTrue(choices.contains("BAR"), "then the UNECE codes the plant does not list");
		assertFalse(choices.contains("MTR"));

		apply(choose, List.of(level), metre);

		assertSame(metre, level.getUnit());
		assertTrue(problems(ProblemCode.SIGNAL_WITHOUT_UNIT).isEmpty());
		stack.undo();
		assertNull(level.getUnit());
		assertEquals(1, problems(ProblemCode.SIGNAL_WITHOUT_UNIT).size());
	}

	@Test
	void aUneceUnitNotInThePlantIsAddedOnceForSeveralSignalsAndUndoRemovesIt() {
		Signal a = signal(equipment("PT-1"), "PT-1.PV", 0.0, 10.0);
		Signal b = signal(equipment("PT-2"), "PT-2.PV", 0.0, 16.0);
		a.setUnit(null);
		b.setUnit(null);
		QuickFix choose = QuickFixes.forCode(ProblemCode.SIGNAL_WITHOUT_UNIT).get(0);

		apply(choose, List.of(a, b), "BAR");

		assertEquals(2, plant.getEngineeringUnits().size());
		EngineeringUnit bar = plant.getEngineeringUnits().get(1);
		assertEquals(List.of("BAR", "bar"), List.of(bar.getCode(), bar.getSymbol()));
		assertSame(bar, a.getUnit());
		assertSame(bar, b.getUnit());
		assertTrue(PlantValidator.validate(plant).isEmpty(), () -> PlantValidator.validate(plant).toString());
		stack.undo();
		assertEquals(List.of(metre), plant.getEngineeringUnits());
		assertEquals(2, problems(ProblemCode.SIGNAL_WITHOUT_UNIT).size());
	}

	@Test
	void aSignalWithoutRangeOrTypeUnitNeedsNoUnit() {
		Signal running = signal(equipment("P-1"), "P-1.RUN", null, null);
		running.setUnit(null);
		assertTrue(problems(ProblemCode.SIGNAL_WITHOUT_UNIT).isEmpty());
	}

	@Test
	void aLoopWithoutMeasuredValueGetsASignalOfItsEquipment() {
		Equipment valve = equipment("FV-1");
		Signal position = signal(valve, "FV-1.POS", 0.0, 100.0);
		Signal flow = signal(valve, "FT-1.PV", 0.0, 100.0);
		ControlLoop loop = loop("FIC-1", valve, null, position);
		ValidationProblem problem = only(ProblemCode.LOOP_INCOMPLETE);
		assertEquals(List.of("Choose the measured value (PV)...", "Delete the loop"),
				QuickFixes.forProblem(problem).stream().map(QuickFix::label).toList());
		QuickFix choose = fix(problem, "Choose the measured value");
		assertEquals(List.of(position, flow), choose.choices(loop));
		assertFalse(choose.fixesSeveral());

		apply(choose, List.of(loop), flow);

		assertSame(flow, loop.getMeasuredValue());
		assertTrue(problems(ProblemCode.LOOP_INCOMPLETE).isEmpty());
		stack.undo();
		assertNull(loop.getMeasuredValue());
		assertEquals(1, problems(ProblemCode.LOOP_INCOMPLETE).size());
	}

	@Test
	void aLoopWithoutOutputOrEquipmentIsOfferedThePlantsOutputSignals() {
		Equipment pump = equipment("P-1");
		Signal speed = signal(pump, "P-1.SPEED", 0.0, 50.0);
		speed.setDirection(SignalDirection.OUTPUT);
		Signal measured = signal(equipment("FT-1"), "FT-1.PV", 0.0, 100.0);
		ControlLoop loop = loop("FIC-1", null, null, null);
		QuickFix output = fix(only(ProblemCode.LOOP_INCOMPLETE), "Choose the output");
		assertEquals(List.of(speed), output.choices(loop));
		assertFalse(QuickFixes.forCode(ProblemCode.LOOP_INCOMPLETE).get(0).choices(loop).contains(speed),
				"the measured value is chosen among inputs");
		assertTrue(QuickFixes.forCode(ProblemCode.LOOP_INCOMPLETE).get(0).choices(loop).contains(measured));
	}

	@Test
	void aLoopWithoutFinalElementGetsTheEquipmentOfItsOutputFirst() {
		Equipment transmitter = equipment("FT-1");
		Equipment valve = equipment("FV-1");
		Equipment other = equipment("P-9");
		Signal flow = signal(transmitter, "FT-1.PV", 0.0, 100.0);
		Signal position = signal(valve, "FV-1.POS", 0.0, 100.0);
		position.setDirection(SignalDirection.OUTPUT);
		signal(other, "P-9.SPEED", 0.0, 50.0).setDirection(SignalDirection.OUTPUT);
		ControlLoop loop = loop("FIC-1", null, flow, position);
		ValidationProblem problem = only(ProblemCode.LOOP_INCOMPLETE);
		assertEquals(List.of("Choose the final element...", "Delete the loop"),
				QuickFixes.forProblem(problem).stream().map(QuickFix::label).toList());
		QuickFix choose = fix(problem, "Choose the final element");
		assertEquals(List.of(valve, transmitter), choose.choices(loop), "the output's equipment first, then the PV's");
		assertEquals("FV-1", choose.choiceLabel(valve).substring(0, 4));
		assertFalse(choose.fixesSeveral());
		assertFalse(choose.create(domain, List.of(loop), flow).canExecute(), "a signal is no final element");

		apply(choose, List.of(loop), valve);

		assertSame(valve, loop.getFinalElement());
		assertTrue(problems(ProblemCode.LOOP_INCOMPLETE).isEmpty());
		assertFalse(choose.appliesTo(loop), "a loop with its final element is not offered one");
		stack.undo();
		assertNull(loop.getFinalElement());
		assertEquals(1, problems(ProblemCode.LOOP_INCOMPLETE).size());
		stack.redo();
		assertSame(valve, loop.getFinalElement());
	}

	@Test
	void aLoopWithoutSignalsIsOfferedThePlantsEquipmentWithAnOutput() {
		Equipment pump = equipment("P-1");
		signal(pump, "P-1.SPEED", 0.0, 50.0).setDirection(SignalDirection.OUTPUT);
		signal(equipment("FT-1"), "FT-1.PV", 0.0, 100.0);
		ControlLoop loop = loop("FIC-1", null, null, null);
		assertEquals(List.of(pump), fix(only(ProblemCode.LOOP_INCOMPLETE), "Choose the final element").choices(loop),
				"only equipment an output drives");
	}

	@Test
	void deletingIncompleteLoopsIsOneCommandAndUndoBringsThemBack() {
		ControlLoop a = loop("FIC-1", null, null, null);
		ControlLoop b = loop("FIC-2", null, null, null);
		QuickFix delete = fix(problems(ProblemCode.LOOP_INCOMPLETE).get(0), "Delete");

		apply(delete, List.of(a, b), null);

		assertTrue(plant.getControlLoops().isEmpty());
		assertTrue(problems(ProblemCode.LOOP_INCOMPLETE).isEmpty());
		stack.undo();
		assertEquals(List.of(a, b), plant.getControlLoops());
		assertEquals(2, problems(ProblemCode.LOOP_INCOMPLETE).size());
	}

	@Test
	void problemsWithoutAFixCarryTheOtherCode() {
		Signal level = signal(equipment("TK-1"), "LT-1.PV", 10.0, 0.0); // range upside down
		ValidationProblem problem = PlantValidator.validate(plant).get(0);
		assertSame(level, problem.element());
		assertEquals(ProblemCode.OTHER, problem.code());
		assertTrue(QuickFixes.forProblem(problem).isEmpty());
		assertEquals(ProblemCode.DUPLICATE_TAG, ProblemCode.ofId("duplicate-tag"));
		assertEquals(ProblemCode.OTHER, ProblemCode.ofId("from-a-later-version"));
	}

	private void apply(QuickFix fix, List<? extends EObject> elements, Object choice) {
		Command command = fix.create(domain, elements, choice);
		assertTrue(command.canExecute(), fix.label());
		stack.execute(command);
		assertSame(command, stack.getUndoCommand());
	}

	private static QuickFix fix(ValidationProblem problem, String labelStart) {
		return QuickFixes.forProblem(problem).stream().filter(f -> f.label().startsWith(labelStart)).findFirst()
				.orElseThrow(() -> new AssertionError("no fix '" + labelStart + "' for " + problem));
	}

	private ValidationProblem only(ProblemCode code) {
		List<ValidationProblem> problems = problems(code);
		assertEquals(1, problems.size(), problems::toString);
		return problems.get(0);
	}

	private List<ValidationProblem> problems(ProblemCode code) {
		return PlantValidator.validate(plant).stream().filter(p -> p.code() == code).toList();
	}

	private Equipment equipment(String tag) {
		Equipment equipment = F.createEquipment();
		equipment.setTag(tag);
		area.getEquipment().add(equipment);
		return equipment;
	}

	private Signal signal(Equipment equipment, String tag, Double low, Double high) {
		Signal signal = F.createSignal();
		signal.setTag(tag);
		signal.setRangeLow(low);
		signal.setRangeHigh(high);
		signal.setUnit(metre);
		equipment.getSignals().add(signal);
		return signal;
	}

	private static AlarmLimit limit(Signal signal, AlarmKind kind, double value) {
		AlarmLimit limit = F.createAlarmLimit();
		limit.setKind(kind);
		limit.setValue(value);
		signal.getAlarmLimits().add(limit);
		return limit;
	}

	private Endpoint endpoint(String name) {
		Endpoint endpoint = F.createEndpoint();
		endpoint.setName(name);
		endpoint.setUrl("opc.tcp://127.0.0.1:4840/" + name);
		twin.getEndpoints().add(endpoint);
		return endpoint;
	}

	private Binding binding(Signal signal) {
		Binding binding = F.createBinding();
		binding.setSignal(signal);
		binding.setNodeId("nsu=urn:test;s=" + signal.getTag());
		twin.getBindings().add(binding);
		return binding;
	}

	private ControlLoop loop(String tag, Equipment finalElement, Signal measured, Signal output) {
		ControlLoop loop = F.createControlLoop();
		loop.setTag(tag);
		loop.setFinalElement(finalElement);
		loop.setMeasuredValue(measured);
		loop.setOutput(output);
		plant.getControlLoops().add(loop);
		return loop;
	}
}
