// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.model.AlarmKind;
import org.twinworks.model.AlarmLimit;
import org.twinworks.model.Binding;
import org.twinworks.model.Connection;
import org.twinworks.model.ConnectionKind;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.EndpointKind;
import org.twinworks.model.EngineeringUnit;
import org.twinworks.model.Equipment;
import org.twinworks.model.Property;
import org.twinworks.model.Interlock;
import org.twinworks.model.InterlockCondition;
import org.twinworks.model.Medium;
import org.twinworks.model.Port;
import org.twinworks.model.PortDirection;
import org.twinworks.model.Signal;
import org.twinworks.model.SignalDataType;
import org.twinworks.model.validation.ValidationProblem;

/** Every rule: a model that breaks it exactly once, and the same model passing. */
class ValidationRulesTest {
	private final Models m = new Models();

	@Test
	void theBaseModelIsValid() {
		assertEquals(List.of(), m.errors());
	}

	@Test
	void duplicateEquipmentTagsAreReportedOnTheSecondElementWithBothPaths() {
		Equipment twin = Models.F.createEquipment();
		twin.setTag("TK-1");
		m.area.getEquipment().add(twin);
		ValidationProblem problem = single();
		assertSame(twin, problem.element());
		assertTrue(problem.message().contains("TK-1 is already used by Equipment TK-1 at Area/TK-1"),
				problem.message());
		assertTrue(problem.message().contains("Give one of them a different tag"), problem.message());
		twin.setTag("TK-2");
		assertEquals(List.of(), m.errors());
	}

	@Test
	void rangeLowMustBeBelowRangeHigh() {
		m.level.setRangeLow(10.0);
		ValidationProblem problem = single();
		assertEquals("Area/TK-1/LT-1.PV", problem.path());
		assertTrue(
				problem.message().startsWith(
						"Signal LT-1.PV at Area/TK-1/LT-1.PV: range low 10.0 is not below range high 10.0."),
				problem.message());
		m.level.setRangeLow(9.0);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void aHalfRangeIsAnError() {
		m.level.setRangeHigh(null);
		assertTrue(single().message().contains("has only its low end"));
		m.level.setRangeLow(null);
		assertEquals(List.of(), m.errors(), "no range at all is allowed");
	}

	@Test
	void alarmLimitsMustBeOrdered() {
		m.limit(m.level, AlarmKind.HIGH, 8.0);
		m.limit(m.level, AlarmKind.HIGH_HIGH, 7.0);
		assertTrue(single().message().contains("HH limit 7.0 is below its H limit 8.0"));
		m.level.getAlarmLimits().get(1).setValue(9.0);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void alarmLimitsMustLieInsideTheRange() {
		m.limit(m.level, AlarmKind.LOW_LOW, -1.0);
		assertTrue(single().message().contains("LL limit -1.0 lies outside the range 0.0 .. 10.0"));
		m.level.getAlarmLimits().get(0).setValue(0.5);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void anInfiniteRangeEndIsAnError() {
		m.level.setRangeHigh(Double.POSITIVE_INFINITY);
		assertTrue(single().message().contains("the engineering range 0.0 .. Infinity has an infinite end"));
		m.level.setRangeHigh(Double.NEGATIVE_INFINITY);
		m.level.setRangeLow(Double.NEGATIVE_INFINITY);
		assertTrue(single().message().contains("has an infinite end"));
		m.level.setRangeLow(0.0);
		m.level.setRangeHigh(10.0);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void anAlarmLimitMustBeAFiniteNumber() {
		AlarmLimit high = m.limit(m.level, AlarmKind.HIGH, Double.NaN);
		assertTrue(single().message().contains("its H limit is NaN, not a number an alarm can trip at"));
		high.setValue(Double.POSITIVE_INFINITY);
		assertTrue(single().message().contains("its H limit is Infinity"));
		high.setValue(8.0);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void hysteresisMustBeAFiniteWidthOfZeroOrMore() {
		AlarmLimit high = m.limit(m.level, AlarmKind.HIGH, 8.0);
		high.setHysteresis(-0.5);
		assertTrue(single().message().contains("its H limit has hysteresis -0.5"));
		high.setHysteresis(Double.NaN);
		assertTrue(single().message().contains("its H limit has hysteresis NaN"));
		high.setHysteresis(0.5);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void aLimitKindMayAppearOnlyOnce() {
		m.limit(m.level, AlarmKind.HIGH, 8.0);
		m.limit(m.level, AlarmKind.HIGH, 9.0);
		assertTrue(single().message().contains("more than one H limit"));
		m.level.getAlarmLimits().get(1).setKind(AlarmKind.HIGH_HIGH);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void alarmLimitsOnlyOnNumericSignals() {
		Signal running = Models.F.createSignal();
		running.setTag("P-1.RUN");
		running.setDataType(SignalDataType.BOOLEAN);
		m.tank.getSignals().add(running);
		assertEquals(List.of(), m.errors());
		m.limit(running, AlarmKind.HIGH, 1.0);
		assertTrue(single().message().contains("Boolean signal with alarm limits"));
	}

	@Test
	void aSignalsUnitMustBeOneOfThePlantsUnits() {
		EngineeringUnit stray = Models.F.createEngineeringUnit();
		stray.setCode("MTR");
		m.level.setUnit(stray);
		assertTrue(single().message().contains("not one of the plant's engineering units"));
		m.plant.getEngineeringUnits().add(stray);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void unitCodesMustBeKnownUneceCodes() {
		m.metre.setCode("XYZ");
		ValidationProblem problem = single();
		assertSame(m.metre, problem.element());
		assertTrue(problem.message().contains("'XYZ' is not a UNECE Recommendation 20 common code"));
		m.metre.setCode("MTR");
		assertEquals(List.of(), m.errors());
	}

	@Test
	void bindingsNeedAParsableNodeIdWithANamespaceUri() {
		Binding binding = bind(m.level, "ns=2;s=LT-1.PV");
		assertTrue(single().message().contains("names its namespace by index (ns=)"));
		binding.setNodeId("nsu=urn:test;s=LT-1.PV");
		assertEquals(List.of(), m.errors());
		binding.setNodeId("nsu=urn:test;i=-5");
		assertTrue(single().message().contains("invalid numeric identifier"));
	}

	@Test
	void aBindingsEndpointMustBeOneOfTheModelsEndpoints() {
		Binding binding = bind(m.level, "nsu=urn:test;s=LT-1.PV");
		binding.setEndpoint(Models.F.createEndpoint());
		assertTrue(single().message().contains("is not one of this model's endpoints"));
		binding.setEndpoint(null);
		assertTrue(single().message().contains("its endpoint does not exist"));
	}

	@Test
	void aSignalBoundTwiceIsReported() {
		bind(m.level, "nsu=urn:test;s=A");
		Binding second = bind(m.level, "nsu=urn:test;s=B");
		ValidationProblem problem = single();
		assertSame(second, problem.element());
		assertTrue(problem.message().contains("signal LT-1.PV is bound twice (also to nsu=urn:test;s=A)"));
		second.setActive(false);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void emfsStructuralChecksAlsoNameTheElementAndTheFix() {
		Port out = port(m.tank, "Outlet", PortDirection.OUT, Medium.PROCESS_FLUID);
		Port removed = Models.F.createPort();
		removed.setDirection(PortDirection.IN);
		Connection pipe = Models.F.createConnection();
		pipe.setTag("L-9");
		pipe.setSource(out);
		pipe.setTarget(removed);
		m.plant.getConnections().add(pipe);
		assertEquals("Connection L-9: 'target' refers to an element that is no longer in the model. "
				+ "Pick an element of this model, or clear it.", single().message());
	}

	@Test
	void aMissingRequiredReferenceIsExplainedOnceByOurRule() {
		Binding binding = bind(m.level, "nsu=urn:test;s=A");
		binding.setSignal(null);
		assertEquals("Binding binding of (no signal): it binds no signal. Pick the signal, or delete the binding.",
				single().message());
	}

	@Test
	void endpointUrlsMustBeOpcTcp() {
		m.endpoint.setUrl("http://127.0.0.1:4840");
		assertTrue(single().message().contains("is not an opc.tcp:// URL"));
		m.endpoint.setUrl("opc.tcp://127.0.0.1:4840/plant");
		assertEquals(List.of(), m.errors());
	}

	@Test
	void aSparkplugEndpointNeedsABrokerUrlAGroupAndANode() {
		m.endpoint.setKind(EndpointKind.SPARKPLUG_B);
		m.endpoint.setUrl("mqtts://broker.plant:8883");
		m.endpoint.setGroupId("Plant1");
		m.endpoint.setEdgeNodeId("gw");
		bind(m.level, "TK-1/LT-1.PV");
		assertEquals(List.of(), m.errors());
		m.endpoint.setUrl("opc.tcp://127.0.0.1:4840");
		assertTrue(single().message().contains("is not an mqtt:// or mqtts:// URL"));
		m.endpoint.setUrl("mqtt://127.0.0.1:1883");
		assertTrue(single().message().contains("plain TCP (no encryption), which needs lab mode"));
		m.endpoint.setLabMode(true);
		assertEquals(List.of(), m.errors());
		m.endpoint.setGroupId(null);
		assertTrue(single().message().contains("its group id is empty"));
		m.endpoint.setGroupId("Plant1");
		m.endpoint.setEdgeNodeId("gw/1");
		assertTrue(single().message().contains("its edge node id 'gw/1'"));
	}

	@Test
	void aBindingOnASparkplugEndpointNamesDeviceSlashMetric() {
		m.endpoint.setKind(EndpointKind.SPARKPLUG_B);
		m.endpoint.setUrl("mqtts://broker.plant:8883");
		m.endpoint.setGroupId("Plant1");
		m.endpoint.setEdgeNodeId("gw");
		Binding binding = bind(m.level, "nsu=urn:test;s=LT-1.PV");
		assertTrue(single().message().contains("is not <device>/<metric>"), single().message());
		binding.setNodeId("TK+1/LT-1.PV");
		assertTrue(single().message().contains("contains '/', '+' or '#'"));
		binding.setNodeId("TK-1/Loop/LT-1.PV");
		assertEquals(List.of(), m.errors(), "the metric name may hold '/'");
	}

	@Test
	void connectionsNeedCompatibleDirectionsAndMedia() {
		Port out = port(m.tank, "Outlet", PortDirection.OUT, Medium.PROCESS_FLUID);
		Equipment pump = Models.F.createEquipment();
		pump.setTag("P-1");
		m.area.getEquipment().add(pump);
		Port in = port(pump, "Suction", PortDirection.IN, Medium.PROCESS_FLUID);
		Connection pipe = Models.F.createConnection();
		pipe.setTag("L-1");
		pipe.setKind(ConnectionKind.PIPE);
		pipe.setSource(out);
		pipe.setTarget(in);
		m.plant.getConnections().add(pipe);
		assertEquals(List.of(), m.errors());

		pipe.setSource(in);
		pipe.setTarget(out);
		List<ValidationProblem> reversed = m.errors();
		assertEquals(2, reversed.size(), reversed.toString());
		assertTrue(reversed.get(0).message().contains("its source Area/P-1/Suction is an inlet"));

		pipe.setSource(out);
		pipe.setTarget(in);
		in.setMedium(Medium.ELECTRICAL);
		assertTrue(single().message().contains("joins a ProcessFluid port to a Electrical port"));
		in.setMedium(Medium.PROCESS_FLUID);
		pipe.setKind(ConnectionKind.SIGNAL);
		assertTrue(single().message().contains("a Signal cannot carry ProcessFluid"));
	}

	@Test
	void controlLoopsMustBeComplete() {
		ControlLoop loop = Models.F.createControlLoop();
		loop.setTag("LIC-1");
		loop.setMeasuredValue(m.level);
		m.plant.getControlLoops().add(loop);
		assertTrue(single().message().contains("the loop has no output (MV), no final element"));
		Signal output = Models.F.createSignal();
		output.setTag("LV-1.OUT");
		m.tank.getSignals().add(output);
		loop.setOutput(output);
		loop.setFinalElement(m.tank);
		assertEquals(List.of(), m.errors());
	}

	@Test
	void interlocksNeedAConditionAndWhatTheyTrip() {
		Interlock interlock = Models.F.createInterlock();
		interlock.setTag("IS-1");
		m.plant.getInterlocks().add(interlock);
		assertTrue(single().message().contains("it trips no equipment"));
		interlock.setTrips(m.tank);
		assertTrue(single().message().contains("it has no condition"));
		InterlockCondition condition = Models.F.createInterlockCondition();
		interlock.getConditions().add(condition);
		assertTrue(single().message().contains("one of its conditions has no signal"));
		condition.setSignal(m.level);
		assertEquals(List.of(), m.errors());
	}

	private Binding bind(Signal signal, String nodeId) {
		Binding binding = Models.F.createBinding();
		binding.setSignal(signal);
		binding.setEndpoint(m.endpoint);
		binding.setNodeId(nodeId);
		m.plant.getTwin().getBindings().add(binding);
		return binding;
	}

	private static Port port(Equipment owner, String name, PortDirection direction, Medium medium) {
		Port port = Models.F.createPort();
		port.setName(name);
		port.setDirection(direction);
		port.setMedium(medium);
		owner.getPorts().add(port);
		return port;
	}

	@Test
	void aTimePropertyTheDeductionsReadMustBeATime() {
		Property trip = Models.F.createProperty();
		trip.setKey("Trip time");
		trip.setValue("fast");
		m.tank.getProperties().add(trip);
		ValidationProblem problem = single();
		assertSame(trip, problem.element());
		assertTrue(problem.message().contains("its property Trip time 'fast' is no time."), problem.message());
		assertTrue(problem.message().contains("unit s, ms, min or h"), problem.message());
		trip.setValue("40");
		assertEquals(List.of(), m.errors(), "40 s");
		trip.setValue("1.5");
		trip.setUnit("fortnights");
		assertTrue(single().message().contains("'1.5' fortnights is no time"));
		trip.setUnit("min");
		assertEquals(List.of(), m.errors(), "1.5 min");
		trip.setValue("-2");
		assertTrue(single().message().contains("'-2' min is no time"), "negative");
		trip.setKey("feedback TIME");
		assertEquals(1, m.errors().size(), "the key's case does not matter");
		trip.setKey("Rated power");
		assertEquals(List.of(), m.errors(), "a free property is anything its author likes");
	}

	private ValidationProblem single() {
		List<ValidationProblem> errors = m.errors();
		assertEquals(1, errors.size(), "expected exactly one error, got " + errors);
		return errors.get(0);
	}
}
