// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.reliability;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.persistence.LoadedRecord;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.CommissioningFactory;

/**
 * Commissioning records (.twincx) through CommissioningFiles: a synthetic campaign of one check per element (a
 * 20,000-signal plant plans about as many), variants differing in every check's state and reason.
 */
final class CommissioningFormat implements ReplacedFormat {
	private final int checks;

	CommissioningFormat(int checks) {
		this.checks = checks;
	}

	@Override
	public String fileName() {
		return "plant.twincx";
	}

	@Override
	public Resource synthetic(Path file, int variant) {
		CommissioningFactory factory = CommissioningFactory.eINSTANCE;
		Campaign campaign = factory.createCampaign();
		campaign.setId("campaign-" + variant);
		campaign.setName("Crash-during-save campaign, variant " + variant);
		campaign.setPlantFile("plant.twin");
		campaign.setPlantName("Synthetic plant");
		for (int i = 0; i < checks; i++) {
			Check check = factory.createCheck();
			check.setId("check-" + i);
			check.setKind(CheckKind.values()[i % CheckKind.values().length]);
			check.setSubject("uuid-" + i);
			check.setTag("TT-" + i + ".PV");
			check.setTitle("Loop check of TT-" + i);
			check.setArea("Area " + i / 1_000);
			check.setState(CheckState.values()[(i + variant) % CheckState.values().length]);
			check.setReason(variant == 0 ? "as planned" : "re-tested after calibration, variant " + variant);
			campaign.getChecks().add(check);
		}
		return CommissioningFiles.newRecord(file, campaign);
	}

	@Override
	public Resource load(Path file) throws IOException {
		LoadedRecord loaded = CommissioningFiles.load(file);
		if (loaded.hasErrors()) {
			throw new IOException("not loadable: " + loaded.messages());
		}
		return loaded.resource();
	}

	@Override
	public void save(Resource resource, Path file) throws IOException {
		CommissioningFiles.save(resource, file);
	}

	@Override
	public byte[] bytes(Resource resource) throws IOException {
		return CommissioningFiles.bytes(resource);
	}
}
