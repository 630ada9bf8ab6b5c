// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.live.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.live.AuditLog;
import org.twinworks.live.AuditRecord;
import org.twinworks.live.GuardedWriter;
import org.twinworks.live.LiveBindings;
import org.twinworks.live.LiveSession;
import org.twinworks.live.ServerTrust;
import org.twinworks.live.WriteArming;
import org.twinworks.live.WriteOutcome;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Access;
import org.twinworks.model.Binding;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.SignalDataType;
import org.twinworks.sim.VirtualPlant;

/** Writes to the virtual plant only when armed, writable and in range; every attempt in the audit file. */
class GuardedWriteTest {

	@TempDir
	static Path directory;

	private static Path clientPki;
	private static VirtualPlant sim;
	private static LiveSession session;
	private static Binding setpoint;
	private static Binding readOnly;

	@BeforeAll
	static void connect() throws Exception {
		clientPki = directory.resolve("client-pki");
		sim = LivePlants.start(directory, false, clientPki);
		LivePlants.trustServer(clientPki, sim);
		Plant plant = LivePlants.demoPlant(directory, "writer");
		Endpoint endpoint = LivePlants.endpointOf(plant, sim);
		List<Binding> bindings = LiveBindings.activeOn(plant, endpoint);
		// a loop setpoint holds what is written; a loop output would be moved on by the controller
		setpoint = bindings
				.stream().filter(b -> b.getSignal().getTag().endsWith(".SP")
						&& b.getSignal().getAccess() == Access.READ_WRITE && b.getSignal().getRangeHigh() != null)
				.findFirst().orElseThrow();
		readOnly = bindings.stream()
				.filter(b -> b.getSignal().getAccess() == Access.READ
						&& b.getSignal().getDataType() == SignalDataType.DOUBLE && b.getSignal().getRangeHigh() != null)
				.findFirst().orElseThrow();
		session = LiveSession.connect(endpoint,
				LivePlants.options(clientPki, ServerTrust.rejectAll(), LivePlants.events()));
	}

	@AfterAll
	static void close() {
		if (session != null) {
			session.close();
		}
		if (sim != null) {
			sim.close();
		}
	}

	@Test
	void refusedWhenDisarmed() throws Exception {
		try (AuditLog audit = AuditLog.open(directory.resolve("disarmed.log"), 10)) {
			WriteArming arming = new WriteArming();
			WriteResult never = new GuardedWriter(session, arming, audit).write(setpoint, mid(setpoint));
			arming.arm(Duration.ofMinutes(1));
			arming.disarm();
			WriteResult disarmed = new GuardedWriter(session, arming, audit).write(setpoint, mid(setpoint));
			assertEquals(WriteOutcome.REFUSED, never.outcome());
			assertEquals(WriteOutcome.REFUSED, disarmed.outcome());
			assertTrue(disarmed.detail().contains("not armed"), disarmed.detail());
			assertEquals(2, lines(audit).size());
		}
	}

	@Test
	void refusedWhenTheArmingExpired() throws Exception {
		try (AuditLog audit = AuditLog.open(directory.resolve("expired.log"), 10)) {
			WriteArming arming = new WriteArming();
			arming.arm(Duration.ofMillis(50));
			assertTrue(arming.remaining().toMillis() > 0);
			Thread.sleep(120);
			assertEquals(Duration.ZERO, arming.remaining());
			WriteResult result = new GuardedWriter(session, arming, audit).write(setpoint, mid(setpoint));
			assertEquals(WriteOutcome.REFUSED, result.outcome());
			assertTrue(result.detail().contains("expired"), result.detail());
			assertEquals("REFUSED", lines(audit).get(0)[7]);
		}
	}

	@Test
	void refusedWhenReadOnly() throws Exception {
		try (AuditLog audit = AuditLog.open(directory.resolve("readonly.log"), 10)) {
			WriteResult result = new GuardedWriter(session, armed(), audit).write(readOnly, mid(readOnly));
			assertEquals(WriteOutcome.REFUSED, result.outcome());
			assertTrue(result.detail().contains("read-only"), result.detail());
			assertEquals(readOnly.getSignal().getTag(), lines(audit).get(0)[4]);
		}
	}

	@Test
	void refusedWhenOutOfRange() throws Exception {
		try (AuditLog audit = AuditLog.open(directory.resolve("range.log"), 10)) {
			GuardedWriter writer = new GuardedWriter(session, armed(), audit);
			WriteResult above = writer.write(setpoint, setpoint.getSignal().getRangeHigh() + 1);
			WriteResult below = writer.write(setpoint, setpoint.getSignal().getRangeLow() - 1);
			assertEquals(WriteOutcome.REFUSED, above.outcome());
			assertEquals(WriteOutcome.REFUSED, below.outcome());
			assertTrue(above.detail().contains("outside the range"), above.detail());
			assertEquals(2, lines(audit).size());
		}
	}

	@Test
	void writtenAndReadBackWhenArmed() throws Exception {
		Path file = directory.resolve("ok.log");
		double wanted = mid(setpoint) + 1.25;
		Object before = session.read(setpoint.getNodeId()).value();
		try (AuditLog audit = AuditLog.open(file, 10)) {
			WriteResult result = new GuardedWriter(session, armed(), audit).write(setpoint, wanted);
			assertEquals(WriteOutcome.OK, result.outcome(), result.detail());
			assertEquals(wanted, ((Number) result.readBack()).doubleValue(), 1e-9);
			assertEquals(wanted, ((Number) session.read(setpoint.getNodeId()).value()).doubleValue(), 1e-9);
			assertEquals(1, audit.tail().size());
			assertEquals(WriteOutcome.OK, audit.tail().get(0).outcome());
		}
		// the file alone tells who wrote what, where, from what to what
		String[] record = lines(file).get(0);
		assertEquals(System.getProperty("user.name"), record[1]);
		assertEquals(session.endpointUrl(), record[2]);
		assertEquals(setpoint.getNodeId(), record[3]);
		assertEquals(setpoint.getSignal().getTag(), record[4]);
		assertEquals(String.valueOf(before), record[5]);
		assertEquals(String.valueOf(wanted), record[6]);
		assertEquals("OK", record[7]);
	}

	@Test
	void everyAttemptIsAppendedAndTheTailIsBounded() throws Exception {
		Path file = directory.resolve("all.log");
		try (AuditLog audit = AuditLog.open(file, 2)) {
			WriteArming arming = new WriteArming();
			GuardedWriter writer = new GuardedWriter(session, arming, audit);
			writer.write(setpoint, mid(setpoint));
			arming.arm(Duration.ofMinutes(1));
			writer.write(readOnly, 1.0);
			writer.write(setpoint, 1e9);
			writer.write(setpoint, mid(setpoint));
			assertEquals(2, audit.tail().size());
		}
		try (AuditLog reopened = AuditLog.open(file, 2)) {
			// reopening appends, never truncates
			new GuardedWriter(session, new WriteArming(), reopened).write(setpoint, 0.0);
		}
		List<String> outcomes = lines(file).stream().map(r -> r[7]).toList();
		assertEquals(List.of("REFUSED", "REFUSED", "REFUSED", "OK", "REFUSED"), outcomes);
	}

	private static WriteArming armed() {
		WriteArming arming = new WriteArming();
		arming.arm(Duration.ofMinutes(1));
		return arming;
	}

	private static double mid(Binding binding) {
		return (binding.getSignal().getRangeLow() + binding.getSignal().getRangeHigh()) / 2;
	}

	private static List<String[]> lines(AuditLog audit) throws Exception {
		return lines(audit.file());
	}

	private static List<String[]> lines(Path file) throws Exception {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(AuditRecord::fieldsOf).toList();
	}
}
