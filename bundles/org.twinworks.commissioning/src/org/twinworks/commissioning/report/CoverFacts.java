// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.report;

import java.util.ArrayList;
import java.util.List;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Signature;

/** The cover's facts as label/value pairs, shared by the HTML and the PDF cover. */
final class CoverFacts {
	static final String[] SIGNATURE_HEADERS = {"Printed name", "Meaning", "Time", "Signed", "Revision"};

	/** One labelled value. */
	record Fact(String label, String value) {
	}

	private CoverFacts() {
	}

	static List<Fact> campaign(ReportData data) {
		Campaign campaign = data.campaign;
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("Plant", data.plantName()));
		facts.add(new Fact("Plant file", Texts.of(campaign.getPlantFile())));
		facts.add(new Fact("Plant hash (SHA-256)", Texts.of(campaign.getPlantHash())));
		facts.add(new Fact("Campaign", Texts.of(campaign.getName()) + "  (" + Texts.of(campaign.getId()) + ")"));
		facts.add(new Fact("Revision", Integer.toString(campaign.getRevision())));
		facts.add(new Fact("State",
				campaign.getState() == null
						? ""
						: campaign.getState().getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
		facts.add(new Fact("Scope", campaign.getScope().isEmpty() ? "whole plant" : Texts.join(campaign.getScope())));
		facts.add(new Fact("Kinds", Texts.join(campaign.getKinds().stream().map(Texts::kind).toList())));
		facts.add(new Fact("Engineers", Texts.join(campaign.getEngineers())));
		facts.add(new Fact("Started", Texts.of(campaign.getStarted())));
		facts.add(new Fact("Ended", Texts.of(campaign.getEnded())));
		facts.add(new Fact("Record file", data.context.recordFile().toString()));
		facts.add(new Fact("Report generated",
				data.context.generatedAt() + "  by Twinworks " + data.context.twinworksVersion()));
		return facts;
	}

	static List<Fact> session(Session session) {
		List<Fact> facts = new ArrayList<>();
		String times = Texts.of(session.getStarted()) + " .. " + Texts.of(session.getEnded());
		facts.add(new Fact("Session", Texts.of(session.getId()) + (times.length() > 4 ? "  " + times : "")));
		facts.add(new Fact("Endpoint URL", Texts.of(session.getEndpointUrl())));
		facts.add(new Fact("Security",
				Texts.of(session.getSecurityPolicy()) + ", " + Texts.of(session.getSecurityMode())));
		facts.add(new Fact("Server certificate SHA-256", Texts.of(session.getServerThumbprint())));
		facts.add(new Fact("Server application URI", Texts.of(session.getServerApplicationUri())));
		facts.add(new Fact("User", Texts.of(session.getUser())));
		facts.add(new Fact("Host", Texts.of(session.getHost())));
		facts.add(new Fact("Twinworks version", Texts.of(session.getTwinworksVersion())));
		if (session.getRecording() != null && !session.getRecording().isEmpty()) {
			facts.add(new Fact("Recording", session.getRecording()));
		}
		return facts;
	}

	static List<Fact> chain(ReportContext context) {
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact("Evidence records", Long.toString(context.chainCount())));
		facts.add(new Fact("Chain head (SHA-256)", context.chainHead()));
		facts.add(new Fact("Checkpoint signature (Ed25519)", Texts.of(context.checkpointSignature())));
		facts.add(new Fact("Checkpoint key fingerprint", Texts.of(context.checkpointKeyFingerprint())));
		facts.add(new Fact("Verified", verified(context)));
		return facts;
	}

	static String verified(ReportContext context) {
		String verdict = context.chainIntact() ? "chain intact" : "CHAIN BROKEN";
		return context.chainMessage().isBlank() ? verdict : verdict + ": " + context.chainMessage();
	}

	static String[] signature(Signature signature) {
		String check = Texts.of(signature.getCheck());
		return new String[]{Texts.of(signature.getName()),
				signature.getMeaning() == null ? "" : signature.getMeaning().getLiteral(),
				Texts.of(signature.getTime()), check.isEmpty() ? "campaign" : "check " + check,
				Integer.toString(signature.getRevision())};
	}
}
