// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.persistence.LoadedPlant;
import org.twinworks.model.persistence.PlantFiles;

/**
 * `twinworks commission` from plan to verify against a virtual plant on 127.0.0.1, with real files: the record, its
 * evidence chain, the report; then tampering of each kind, and a plant changed after planning.
 */
class CommissionCommandTest extends ServedPlantCliTest {

	@Test
	void planRunSignApproveReviseReportAndVerify() throws Exception {
		Path plant = demo("water");
		Path record = dir.resolve("water.twincx");
		assertEquals(CliCommand.OK, cli("commission", "plan", plant.toString(), "--pki", clientPki.toString()), err());
		assertTrue(out().contains("planned ") && out().contains("interlock"), out());
		assertTrue(Files.exists(record));

		assertEquals(
				CliCommand.OK, cli("commission", "run", record.toString(), "--only", "FT-101.PV", "--only", "IS-501",
						"--arm-writes", "10", "--trust", sim.certificateThumbprint(), "--pki", clientPki.toString()),
				err() + out());
		assertTrue(out().contains("PASS ") && out().contains("the server offers a stimulus"), out());
		Campaign campaign = load(record);
		Check flow = campaign.getChecks().stream().filter(c -> "FT-101.PV".equals(c.getTag())).findFirst()
				.orElseThrow();
		assertEquals(CheckState.PASSED, flow.getState());
		assertTrue(campaign.getChainCount() > 5, "the evidence went into the chain");
		assertEquals(CliCommand.OK, cli("commission", "verify", record.toString()), out() + err());
		assertTrue(out().contains("INTACT"), out());

		String id = flow.getId();
		assertEquals(CliCommand.OK, cli("commission", "sign", record.toString(), "--name", "Alice Field", "--meaning",
				"performed", "--check", id, "--pki", clientPki.toString()), err());
		assertEquals(CliCommand.PROBLEMS, cli("commission", "sign", record.toString(), "--name", "alice field",
				"--meaning", "verified", "--check", id, "--pki", clientPki.toString()));
		assertTrue(err().contains("two-person rule"), err());
		assertEquals(CliCommand.OK, cli("commission", "sign", record.toString(), "--name", "Bob Review", "--meaning",
				"verified", "--check", id, "--pki", clientPki.toString()), err());
		assertEquals(CliCommand.OK, cli("commission", "sign", record.toString(), "--name", "Alice Field", "--meaning",
				"performed", "--pki", clientPki.toString()), err());
		assertEquals(CliCommand.OK, cli("commission", "sign", record.toString(), "--name", "Carol Lead", "--meaning",
				"approved", "--pki", clientPki.toString()), err());
		assertTrue(out().contains("locked"), out());
		assertEquals(CliCommand.FAILED, cli("commission", "run", record.toString(), "--only", "FT-101.PV", "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString()));
		assertTrue(err().contains("approved and locked"), err());
		assertEquals(CliCommand.OK, cli("commission", "revise", record.toString(), "--name", "Carol Lead", "--reason",
				"re-test after transmitter swap", "--pki", clientPki.toString()), err());
		assertEquals(2, load(record).getRevision());

		Path html = dir.resolve("report.html");
		Path pdf = dir.resolve("report.pdf");
		Path csv = dir.resolve("report.csv");
		assertEquals(CliCommand.OK, cli("commission", "report", record.toString(), "--html", html.toString(), "--pdf",
				pdf.toString(), "--csv", csv.toString()), err());
		String report = Files.readString(html);
		assertTrue(report.contains("Carol Lead") && report.contains(load(record).getChainHead()),
				"signatures and head");
		assertTrue(Files.size(pdf) > 1000 && Files.readString(csv).contains("FT-101.PV"));
		assertEquals(CliCommand.OK, cli("commission", "verify", record.toString()), out());
	}

	@Test
	void verifyNamesAnEditedObservationAndACutOffChain() throws Exception {
		Path plant = demo("tamper");
		Path record = dir.resolve("tamper.twincx");
		assertEquals(CliCommand.OK,
				cli("commission", "plan", plant.toString(), "--kinds", "io", "--pki", clientPki.toString()), err());
		assertEquals(CliCommand.OK, cli("commission", "run", record.toString(), "--only", "TT-401.PV", "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString()), err() + out());
		String checkId = load(record).getChecks().stream().filter(c -> "TT-401.PV".equals(c.getTag())).findFirst()
				.orElseThrow().getId();
		assertEquals(CliCommand.OK, cli("commission", "sign", record.toString(), "--name", "Alice Field", "--meaning",
				"performed", "--check", checkId, "--pki", clientPki.toString()), err());
		byte[] original = Files.readAllBytes(record);
		Path chain = Path.of(record + ".chain");
		byte[] originalChain = Files.readAllBytes(chain);

		Campaign campaign = load(record);
		var observation = campaign.getChecks().stream().filter(c -> "TT-401.PV".equals(c.getTag())).findFirst()
				.orElseThrow().getSteps().get(1).getEvidence().get(0);
		String value = observation.getValue();
		Files.writeString(record, new String(original, StandardCharsets.UTF_8).replace("value=\"" + value + "\"",
				"value=\"" + value + "1\""));
		assertEquals(CliCommand.PROBLEMS, cli("commission", "verify", record.toString()));
		assertTrue(out().contains("TAMPERED") && out().contains("TT-401.PV") && out().contains("changed after"), out());

		String text = new String(original, StandardCharsets.UTF_8);
		Files.writeString(record, text.replaceFirst("verdict=\"FAIL\"", "verdict=\"PASS\"")
				.replaceFirst("verdict=\"PASS\"", "verdict=\"FAIL\""));
		assertEquals(CliCommand.PROBLEMS, cli("commission", "verify", record.toString()));
		assertTrue(out().contains("no longer matches what was signed"), out());

		int evidence = text.indexOf("<evidence ");
		Files.writeString(record, text.substring(0, evidence) + text.substring(text.indexOf("/>", evidence) + 2));
		assertEquals(CliCommand.PROBLEMS, cli("commission", "verify", record.toString()));
		assertTrue(out().contains("is not in the record: it was removed from it"), out());

		Files.write(record, original);
		List<String> lines = new ArrayList<>(Files.readAllLines(chain));
		Files.write(chain, lines.subList(0, lines.size() - 2));
		assertEquals(CliCommand.PROBLEMS, cli("commission", "verify", record.toString()));
		assertTrue(out().contains("TAMPERED") && out().contains("cut off"), out());

		Files.write(chain, originalChain);
		assertEquals(CliCommand.OK, cli("commission", "verify", record.toString()), out());
	}

	@Test
	void aPlantChangedAfterPlanningIsReplannedAndKeepsItsEvidence() throws Exception {
		Path plant = demo("changed");
		Path record = dir.resolve("changed.twincx");
		assertEquals(CliCommand.OK,
				cli("commission", "plan", plant.toString(), "--kinds", "io", "--pki", clientPki.toString()), err());
		assertEquals(CliCommand.OK, cli("commission", "run", record.toString(), "--only", "AT-401.PV", "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString()), err() + out());

		LoadedPlant loaded = PlantFiles.load(plant);
		Plant model = loaded.plant();
		Signal renamed = signal(model, "AT-401.PV");
		renamed.setTag("AT-401.PV2");
		Signal removed = signal(model, "TT-401.PV");
		model.getTwin().getBindings().removeIf(b -> b.getSignal() == removed);
		PlantFiles.save(model.eResource(), plant);

		assertEquals(CliCommand.FAILED, cli("commission", "run", record.toString(), "--only", "AT-401.PV", "--trust",
				sim.certificateThumbprint(), "--pki", clientPki.toString()));
		assertTrue(err().contains("changed since the campaign was planned"), err());
		assertEquals(CliCommand.OK, cli("commission", "plan", plant.toString(), "--pki", clientPki.toString()), err());
		assertTrue(out().contains("1 changed, 1 removed"), out());
		Campaign campaign = load(record);
		Check old = campaign.getChecks().stream().filter(c -> "AT-401.PV".equals(c.getTag())).findFirst().orElseThrow();
		assertTrue(old.isObsolete() && old.getObsoleteReason().contains("renamed AT-401.PV2"), old.getObsoleteReason());
		assertEquals(CheckState.PASSED, old.getState(), "its evidence and verdict are kept");
		assertTrue(old.getSteps().get(1).getEvidence().size() > 0);
		assertTrue(campaign.getChecks().stream().anyMatch(c -> "AT-401.PV2".equals(c.getTag()) && !c.isObsolete()));
		assertTrue(campaign.getChecks().stream().anyMatch(c -> "TT-401.PV".equals(c.getTag()) && c.isObsolete()));
		assertEquals(CliCommand.OK, cli("commission", "verify", record.toString()), out());
	}

	@Test
	void planWithAnAssigneeAssignsEveryPlannedCheck() throws Exception {
		Path plant = demo("assigned");
		Path record = dir.resolve("assigned.twincx");
		assertEquals(CliCommand.OK, cli("commission", "plan", plant.toString(), "--kinds", "io", "--assignee",
				"Grace Hopper", "--pki", clientPki.toString()), err());
		Campaign campaign = load(record);
		assertTrue(campaign.getChecks().size() > 0);
		assertTrue(campaign.getChecks().stream().allMatch(c -> "Grace Hopper".equals(c.getAssignee())),
				"every planned check is assigned");
		assertEquals(CliCommand.OK, cli("commission", "verify", record.toString()), out());
	}

	private static Signal signal(Plant plant, String tag) {
		return plant.getTwin().getBindings().stream().map(b -> b.getSignal()).filter(s -> tag.equals(s.getTag()))
				.findFirst().orElseThrow();
	}

	private static Campaign load(Path record) {
		return CommissioningFiles.load(record).campaign();
	}
}
