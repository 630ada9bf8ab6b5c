// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.Step;

/**
 * The canonical text of what goes into the evidence chain and what a signature signs: {@code key=value} lines in key
 * order, values with backslash, newline and carriage return escaped, so the same content always gives the same bytes
 * and a reviewer can recompute every hash from the record alone.
 */
public final class CanonicalContent {

	private CanonicalContent() {
	}

	public static String of(Map<String, @Nullable String> fields) {
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, @Nullable String> field : new TreeMap<>(fields).entrySet()) {
			text.append(field.getKey()).append('=').append(escape(field.getValue())).append('\n');
		}
		return text.toString();
	}

	/** An observation as the chain keeps it, with the check and step it is evidence for. */
	public static String of(Observation observation, Check check, int stepIndex) {
		Map<String, @Nullable String> fields = new TreeMap<>();
		fields.put("check", check.getId());
		fields.put("step", String.valueOf(stepIndex));
		fields.put("role", observation.getRole());
		fields.put("signal", observation.getSignal());
		fields.put("tag", observation.getTag());
		fields.put("nodeId", observation.getNodeId());
		fields.put("value", observation.getValue());
		fields.put("statusCode", String.valueOf(observation.getStatusCode()));
		fields.put("status", observation.getStatus());
		fields.put("sourceTime", observation.getSourceTime());
		fields.put("serverTime", observation.getServerTime());
		fields.put("capturedAt", observation.getCapturedAt());
		fields.put("session", observation.getSession() == null ? null : observation.getSession().getId());
		fields.put("user", observation.getUser());
		fields.put("recordingFrom", observation.getRecordingFrom());
		fields.put("recordingTo", observation.getRecordingTo());
		return of(fields);
	}

	/** A signature as the chain keeps it. */
	public static String of(Signature signature) {
		Map<String, @Nullable String> fields = new TreeMap<>();
		fields.put("name", signature.getName());
		fields.put("meaning", signature.getMeaning().getLiteral());
		fields.put("time", signature.getTime());
		fields.put("check", signature.getCheck());
		fields.put("revision", String.valueOf(signature.getRevision()));
		fields.put("contentHash", signature.getContentHash());
		return of(fields);
	}

	/** What a check's signature signs: its identity, state and every step's outcome and evidence. */
	public static String of(Check check) {
		StringBuilder text = new StringBuilder(of(Map.of("id", check.getId(), "kind", check.getKind().getLiteral(),
				"subject", String.valueOf(check.getSubject()), "state", check.getState().getName(), "reason",
				String.valueOf(check.getReason()), "obsolete", String.valueOf(check.isObsolete()))));
		int index = 0;
		for (Step step : check.getSteps()) {
			text.append("[step ").append(index).append("]\n");
			text.append(of(Map.of("action", String.valueOf(step.getAction()), "phase", step.getPhase().getName(),
					"expected", String.valueOf(step.getExpected()), "observed", String.valueOf(step.getObserved()),
					"verdict", step.getVerdict().getName(), "note", String.valueOf(step.getNote()))));
			for (Observation observation : step.getEvidence()) {
				text.append(of(observation, check, index));
			}
			index++;
		}
		return text.toString();
	}

	/** What a campaign's signature signs: its identity, plant, revision and every check. */
	public static String of(Campaign campaign) {
		StringBuilder text = new StringBuilder(of(Map.of("id", campaign.getId(), "plantHash",
				String.valueOf(campaign.getPlantHash()), "revision", String.valueOf(campaign.getRevision()))));
		for (Check check : campaign.getChecks()) {
			text.append(of(check));
		}
		return text.toString();
	}

	public static String sha256(String text) {
		try {
			return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	private static String escape(@Nullable String value) {
		if (value == null) {
			return "\\0";
		}
		return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
	}
}
