// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.builtin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.rules.TimeProperties;

/**
 * A {@link FeedbackFollowsCommand} for every command/feedback pair of a plant. The model has no explicit pairs;
 * the rule is the one the virtual plant simulates and commissioning checks (by the last tag segment, on one
 * equipment): a machine's CMD is followed by its RUN (an on/off valve's by its ZSO), a valve's OUT by its POS, any
 * X_SP by its X (SPD_SP by SPD). A pair gets the time its equipment states in a {@value #FEEDBACK_TIME} property
 * (its own, else its type's: a slow valve's stroke), else {@code allowed} (10 s by default), and a numeric pair a
 * tolerance of {@code toleranceFraction} of the feedback's span (2 %; of one unit when the feedback has no range).
 */
public final class FeedbackFollowsCommandProvider implements DetectorProvider {
	public static final Duration DEFAULT_ALLOWED = Duration.ofSeconds(10);
	public static final double DEFAULT_TOLERANCE_FRACTION = 0.02;
	/** The equipment property (a number with its unit, s when none) that overrides the time allowed for its pairs. */
	public static final String FEEDBACK_TIME = TimeProperties.FEEDBACK_TIME;

	private final Duration allowed;
	private final double toleranceFraction;

	public FeedbackFollowsCommandProvider() {
		this(DEFAULT_ALLOWED, DEFAULT_TOLERANCE_FRACTION);
	}

	public FeedbackFollowsCommandProvider(Duration allowed, double toleranceFraction) {
		this.allowed = allowed;
		this.toleranceFraction = toleranceFraction;
	}

	@Override
	public List<Detector> detectorsFor(Plant plant) {
		List<Detector> detectors = new ArrayList<>();
		for (var it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof Equipment equipment) {
				Duration own = null;
				for (Signal command : equipment.getSignals()) {
					Signal feedback = feedbackOf(equipment, command);
					if (feedback != null && SignalRoles.isBoolean(command) == SignalRoles.isBoolean(feedback)) {
						if (own == null) {
							own = TimeProperties.of(equipment, FEEDBACK_TIME).orElse(allowed);
						}
						detectors.add(new FeedbackFollowsCommand(command, feedback, own, tolerance(feedback)));
					}
				}
			}
		}
		return detectors;
	}

	/** The feedback that must follow {@code command} on its equipment, or null (see the class comment). */
	public static @Nullable Signal feedbackOf(Equipment equipment, Signal command) {
		String suffix = SignalRoles.suffix(command);
		if (suffix.equals("CMD")) {
			Signal run = SignalRoles.sibling(equipment, "RUN");
			return run != null ? run : SignalRoles.sibling(equipment, "ZSO");
		}
		if (suffix.equals("OUT")) {
			return SignalRoles.sibling(equipment, "POS");
		}
		if (suffix.endsWith("_SP") && suffix.length() > 3) {
			return SignalRoles.sibling(equipment, suffix.substring(0, suffix.length() - 3));
		}
		return null;
	}

	private double tolerance(Signal feedback) {
		double span = SignalRoles.span(feedback);
		return toleranceFraction * (span > 0 ? span : 1);
	}
}
