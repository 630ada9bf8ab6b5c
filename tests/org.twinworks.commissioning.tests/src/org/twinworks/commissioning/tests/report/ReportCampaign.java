// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.tests.report;

import java.nio.file.Path;
import java.time.Instant;

import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.SignatureMeaning;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.report.ReportContext;

/** A campaign of two areas with checks of every kind and state, evidence, punch items and signatures. */
final class ReportCampaign {
	static final CommissioningFactory F = CommissioningFactory.eINSTANCE;
	static final String PLANT = "Riverside Water Works";
	static final String CHAIN_HEAD = "9f2c4e1d7a3b5c6d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9012345678abc";
	static final String SIGNATURE = "u3Zp9Q0yJm1kLx2VbC7nWq4eR8tY6uI0oP5aS3dF1gH2jK4lZ6xC8vB0nM2qW4eR6tY8uI0oP2aS4dF6gH8jKA==";
	static final String SCRIPT_COMMENT = "<script>alert('pwned')</script> & done";
	static final String NOTE_WITH_QUOTES = "He said \"check, then\nrecheck\"";
	static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";
	static final String UNPRINTABLE = "deviation \u2264 1 % at 20 \u00b0C, \u6e29\u5ea6 ok";
	static final String OBSOLETE_REASON = "signal TT-209 removed from the plant";
	static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

	private ReportCampaign() {
	}

	static ReportContext context(Path record) {
		return new ReportContext(PLANT, record, 42, CHAIN_HEAD, SIGNATURE, "SHA256:ab12cd34ef56", true,
				"42 records, checkpoint signature valid", Instant.parse("2026-03-03T12:00:00Z"), "0.1.0.test");
	}

	static Campaign campaign() {
		Campaign campaign = F.createCampaign();
		campaign.setId("cx-1");
		campaign.setName("Hot commissioning 2026");
		campaign.setPlantName(PLANT);
		campaign.setPlantFile("riverside.twin");
		campaign.setPlantHash("5e4d3c2b1a");
		campaign.setState(CampaignState.APPROVED);
		campaign.setRevision(2);
		campaign.getScope().add("Intake");
		campaign.getScope().add("Treatment");
		campaign.getKinds().add(CheckKind.IO);
		campaign.getKinds().add(CheckKind.LOOP);
		campaign.getEngineers().add("Ada Byron");
		campaign.getEngineers().add("Grace Hopper");
		campaign.setStarted("2026-03-02T08:00:00Z");
		campaign.setEnded("2026-03-02T17:30:00Z");
		Session session = F.createSession();
		session.setId("s-1");
		session.setEndpointUrl("opc.tcp://127.0.0.1:4840/twinworks");
		session.setSecurityPolicy("Aes256_Sha256_RsaPss");
		session.setSecurityMode("SignAndEncrypt");
		session.setServerThumbprint("AB:CD:EF:01:23:45:67:89");
		session.setServerApplicationUri("urn:plant-host:twinworks:sim");
		session.setUser("ada");
		session.setHost("workstation-7");
		session.setTwinworksVersion("0.1.0");
		campaign.getSessions().add(session);

		for (String area : new String[]{"Intake", "Treatment"}) {
			String n = area.equals("Intake") ? "1" : "2";
			campaign.getChecks().add(io(session, area, "FT-" + n + "01.PV", CheckState.PASSED, Verdict.PASS));
			campaign.getChecks().add(io(session, area, "PT-" + n + "02.PV", CheckState.FAILED, Verdict.FAIL));
			campaign.getChecks().add(loop(session, area, "LIC-" + n + "01"));
			campaign.getChecks()
					.add(simple(area, CheckKind.ALARM, "LT-" + n + "03.PV H", CheckState.SKIPPED, "no field access"));
			campaign.getChecks().add(simple(area, CheckKind.INTERLOCK, "IL-" + n + "01", CheckState.BLOCKED,
					"pump P-" + n + "01 locked out"));
			campaign.getChecks().add(simple(area, CheckKind.RANGE, "TT-" + n + "04.PV", CheckState.NOT_STARTED, null));
		}
		Check obsolete = simple("Treatment", CheckKind.IO, "TT-209.PV", CheckState.PASSED, null);
		obsolete.setObsolete(true);
		obsolete.setObsoleteReason(OBSOLETE_REASON);
		campaign.getChecks().add(obsolete);

		Check failed = campaign.getChecks().get(1);
		failed.setReason("value frozen: no change within 30 s");
		Comment comment = F.createComment();
		comment.setAuthor("Ada Byron");
		comment.setTime("2026-03-02T09:00:00Z");
		comment.setText(SCRIPT_COMMENT);
		failed.getComments().add(comment);
		failed.getPunchItems().add(punch("p-1", "Replace transmitter PT-102", true));
		failed.getPunchItems().add(punch("p-2", "Re-terminate cable at JB-4", false));
		campaign.getChecks().get(0).getPunchItems().add(punch("p-3", "Label missing", true));
		Step first = failed.getSteps().get(0);
		first.setNote(NOTE_WITH_QUOTES);
		first.setExpected(FORMULA);
		first.setObserved("-1.5");
		failed.getSteps().get(1).setNote(UNPRINTABLE);
		failed.getSteps().get(1).setExpected("@SUM(A1:A9)");

		campaign.getSignatures().add(signature("Ada Byron", SignatureMeaning.PERFORMED, ""));
		campaign.getSignatures().add(signature("Grace Hopper", SignatureMeaning.VERIFIED, ""));
		campaign.getSignatures().add(signature("Edsger Dijkstra", SignatureMeaning.APPROVED, ""));
		campaign.getSignatures().add(signature("Ada Byron", SignatureMeaning.PERFORMED, "io-FT-101.PV"));
		return campaign;
	}

	private static Check io(Session session, String area, String tag, CheckState state, Verdict verdict) {
		Check check = check(area, CheckKind.IO, tag, state);
		check.setTolerance(0.01);
		for (int i = 0; i < 3; i++) {
			Step step = step("hot " + (i * 50) + " %", i == 0 ? Phase.COLD : Phase.HOT, Double.toString(i * 5.0), 0.1,
					"bar", Double.toString(i * 5.0 + 0.02), i == 2 ? verdict : Verdict.PASS);
			step.getEvidence().add(observation(session, "measurement", tag, i * 5.0 + 0.02, i));
			check.getSteps().add(step);
		}
		return check;
	}

	private static Check loop(Session session, String area, String tag) {
		Check check = check(area, CheckKind.LOOP, tag, CheckState.PASSED);
		for (Phase phase : new Phase[]{Phase.AS_FOUND, Phase.AS_LEFT}) {
			for (int percent = 0; percent <= 100; percent += 25) {
				double settled = percent * (phase == Phase.AS_FOUND ? 0.97 : 1.0);
				Step step = step(percent + " %", phase, Integer.toString(percent), 1.0, "%", Texts.n(settled),
						phase == Phase.AS_FOUND && percent == 100 ? Verdict.FAIL : Verdict.PASS);
				for (int sample = 0; sample < 8; sample++) {
					double approach = settled - (settled - percent + 25) * Math.exp(-sample);
					step.getEvidence().add(observation(session, "measurement", tag + ".PV", approach, sample));
					step.getEvidence().add(observation(session, "feedback", tag + ".POS",
							settled - 10 * Math.exp(-sample * 0.7), sample));
				}
				check.getSteps().add(step);
			}
		}
		return check;
	}

	private static Check simple(String area, CheckKind kind, String tag, CheckState state, String reason) {
		Check check = check(area, kind, tag, state);
		check.setReason(reason);
		check.getSteps().add(step("trip", Phase.HOT, "raised at limit", null, null, "", Verdict.PENDING));
		return check;
	}

	private static Check check(String area, CheckKind kind, String tag, CheckState state) {
		Check check = F.createCheck();
		check.setId(kind.getLiteral() + "-" + tag.replace(' ', '_'));
		check.setKind(kind);
		check.setTag(tag);
		check.setTitle("Check of " + tag);
		check.setArea(area);
		check.setEquipment(tag.substring(0, tag.indexOf('-') + 4));
		check.setState(state);
		check.setStarted("2026-03-02T09:00:00Z");
		return check;
	}

	private static Step step(String name, Phase phase, String expected, Double tolerance, String unit, String observed,
			Verdict verdict) {
		Step step = F.createStep();
		step.setName(name);
		step.setPhase(phase);
		step.setExpected(expected);
		step.setTolerance(tolerance);
		step.setUnit(unit);
		step.setObserved(observed);
		step.setVerdict(verdict);
		return step;
	}

	private static Observation observation(Session session, String role, String tag, double value, int second) {
		Observation observation = F.createObservation();
		observation.setSession(session);
		observation.setRole(role);
		observation.setTag(tag);
		observation.setNodeId("nsu=urn:twinworks:plant;s=" + tag);
		observation.setValue(Texts.n(value));
		observation.setStatus("Good");
		observation.setSourceTime(T0.plusSeconds(second).toString());
		observation.setServerTime(T0.plusSeconds(second).plusMillis(3).toString());
		observation.setCapturedAt(T0.plusSeconds(second).plusMillis(9).toString());
		return observation;
	}

	private static PunchItem punch(String id, String text, boolean open) {
		PunchItem item = F.createPunchItem();
		item.setId(id);
		item.setText(text);
		item.setOwner("E&I contractor");
		item.setDue("2026-04-01");
		item.setOpen(open);
		item.setCreated("2026-03-02T10:00:00Z");
		return item;
	}

	private static Signature signature(String name, SignatureMeaning meaning, String check) {
		Signature signature = F.createSignature();
		signature.setName(name);
		signature.setMeaning(meaning);
		signature.setTime("2026-03-02T18:00:00Z");
		signature.setCheck(check);
		signature.setRevision(2);
		return signature;
	}

	/** Short number text for sample values. */
	static final class Texts {
		private Texts() {
		}

		static String n(double value) {
			return Double.toString(Math.round(value * 1000) / 1000.0);
		}
	}
}
