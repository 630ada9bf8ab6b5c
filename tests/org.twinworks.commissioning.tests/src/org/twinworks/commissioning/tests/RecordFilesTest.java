// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.CommissioningResource;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Step;

class RecordFilesTest {
	private static final CommissioningFactory F = CommissioningFactory.eINSTANCE;

	@TempDir
	Path dir;

	@Test
	void aRecordSavesToTheSameBytesAndReadsBackWithItsReferences() throws Exception {
		Path file = dir.resolve("plant.twincx");
		Campaign campaign = sample();
		CommissioningResource resource = CommissioningFiles.newRecord(file, campaign);
		CommissioningFiles.save(resource, file);
		byte[] first = Files.readAllBytes(file);

		LoadedRecord loaded = CommissioningFiles.load(file);
		assertFalse(loaded.hasErrors(), loaded.messages().toString());
		Campaign read = loaded.campaign();
		Observation observation = read.getChecks().get(0).getSteps().get(0).getEvidence().get(0);
		assertEquals("s-1", observation.getSession().getId());
		assertEquals(CheckKind.IO, read.getChecks().get(0).getKind());
		assertArrayEquals(first, CommissioningFiles.bytes(loaded.resource()));
	}

	@Test
	void aMalformedRecordOpensWithItsProblemAndIsNotReset() throws Exception {
		Path file = dir.resolve("broken.twincx");
		CommissioningFiles.save(CommissioningFiles.newRecord(file, sample()), file);
		String text = Files.readString(file);
		Files.writeString(file, text.substring(0, text.length() / 2), StandardCharsets.UTF_8);
		byte[] broken = Files.readAllBytes(file);

		LoadedRecord loaded = CommissioningFiles.load(file);
		assertTrue(loaded.hasErrors());
		assertNull(loaded.campaign());
		assertTrue(loaded.messages().get(0).contains("broken.twincx:"), loaded.messages().toString());
		assertArrayEquals(broken, Files.readAllBytes(file), "reading must never rewrite the file");
	}

	@Test
	void recordBesideAPlantTakesItsName() {
		assertEquals(dir.resolve("water.twincx"), CommissioningFiles.recordBeside(dir.resolve("water.twin")));
	}

	static Campaign sample() {
		Campaign campaign = F.createCampaign();
		campaign.setId("c-1");
		campaign.setName("Riverside");
		Session session = F.createSession();
		session.setId("s-1");
		session.setEndpointUrl("opc.tcp://127.0.0.1:4840/twinworks");
		campaign.getSessions().add(session);
		Check check = F.createCheck();
		check.setId("io-123");
		check.setKind(CheckKind.IO);
		check.setTag("FT-101.PV");
		Step step = F.createStep();
		step.setName("Good value inside the range");
		Observation observation = F.createObservation();
		observation.setSession(session);
		observation.setValue("12.5");
		observation.setStatus("Good");
		step.getEvidence().add(observation);
		check.getSteps().add(step);
		campaign.getChecks().add(check);
		return campaign;
	}
}
