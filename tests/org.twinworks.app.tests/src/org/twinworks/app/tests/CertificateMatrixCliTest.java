// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.CliCommands;
import org.twinworks.app.cli.CliDispatcher;
import org.twinworks.model.Plant;
import org.twinworks.model.persistence.PlantFiles;
import org.twinworks.tests.live.harness.CertificateCase;
import org.twinworks.tests.live.harness.CertificateCasePlant;
import org.twinworks.tests.live.harness.TestPlant;

/**
 * The certificate matrix (issue 19) through {@code twinworks check}, a real virtual plant on 127.0.0.1 per case.
 * The operator even passes the server's thumbprint with {@code --trust}: a bad certificate must still be refused
 * (exit 2) with its own reason on stderr, and logged. The controls exit 0. Prints one matrix row per case for
 * releng/reliability/run.sh certificates.
 */
class CertificateMatrixCliTest {
	@TempDir
	Path directory;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);

	@BeforeEach
	void listen() {
		Platform.addLogListener(listener);
	}

	@AfterEach
	void stopListening() {
		Platform.removeLogListener(listener);
	}

	@TestFactory
	Stream<DynamicTest> checkRefusesEveryBadCertificateWithItsReasonEvenWithTrust() {
		return Arrays.stream(CertificateCase.values())
				.map(kind -> DynamicTest.dynamicTest(kind.name(), () -> check(kind)));
	}

	private void check(CertificateCase kind) throws Exception {
		Path folder = directory.resolve(kind.name());
		try (CertificateCasePlant plant = CertificateCasePlant.start(kind, folder)) {
			Path model = folder.resolve("plant.twin");
			Plant client = TestPlant.demoPlant(folder, "plant");
			client.getTwin().getEndpoints().get(0).setUrl(plant.sim().endpointUrl());
			PlantFiles.save(client.eResource(), model);
			List<String> args = new ArrayList<>(
					List.of("check", model.toString(), "--pki", plant.clientPki().toString(), "--duration", "5"));
			if (kind != CertificateCase.UNTRUSTED) {
				// the operator vouches for exactly this certificate: only its own faults may stop it
				args.addAll(List.of("--trust", plant.thumbprint()));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ByteArrayOutputStream err = new ByteArrayOutputStream();
			CliDispatcher cli = new CliDispatcher(CliCommands.all(), new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			int exit = cli.run(args.toArray(String[]::new));
			String printed = err.toString(StandardCharsets.UTF_8).strip();
			if (!kind.refused()) {
				assertEquals(CliCommand.OK, exit, printed);
				System.out.println("certificate-matrix: cli | " + kind + " | exit " + exit + " connected | - | -");
				return;
			}
			assertEquals(CliCommand.FAILED, exit, out.toString(StandardCharsets.UTF_8));
			assertTrue(printed.startsWith("twinworks check: the server certificate of"), printed);
			assertTrue(printed.contains(kind.reasonNames()), kind + ": " + printed);
			assertFalse(printed.contains("Bad_SecurityChecksFailed"), printed);
			assertTrue(logged.stream().anyMatch(s -> s.getMessage().contains(plant.sim().endpointUrl())
					&& s.getMessage().contains(kind.reasonNames())), "not logged: " + printed);
			System.out.println("certificate-matrix: cli | " + kind + " | exit " + exit + " refused | logged | "
					+ printed.replace('|', '/').replace('\n', ' '));
		}
	}
}
