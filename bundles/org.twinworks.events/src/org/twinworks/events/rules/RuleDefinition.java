// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;
import org.twinworks.model.EventRule;
import org.twinworks.model.rules.ModelPaths;

/**
 * One event rule, wherever it was written (the model or a rule file): its name (the frames' source), severity,
 * condition, optional end condition (without one the frame closes when the condition turns false), how long the
 * condition must hold before the frame opens, and a description for the frames' message.
 */
public record RuleDefinition(String name, Severity severity, String condition, @Nullable String endCondition,
		Duration forDuration, String description) {

	public RuleDefinition {
		if (forDuration.isNegative()) {
			throw new IllegalArgumentException("rule " + name + ": negative duration " + forDuration);
		}
		if (endCondition != null && endCondition.isBlank()) {
			endCondition = null;
		}
	}

	/** The definition of a rule of the model; the name is its tag, else its name. */
	public static RuleDefinition of(EventRule rule) {
		return new RuleDefinition(ModelPaths.label(rule), Severity.valueOf(rule.getSeverity().name()),
				rule.getCondition() == null ? "" : rule.getCondition(), rule.getEndCondition(),
				Duration.ofMillis(rule.getForDuration()), rule.getDescription() == null ? "" : rule.getDescription());
	}
}
