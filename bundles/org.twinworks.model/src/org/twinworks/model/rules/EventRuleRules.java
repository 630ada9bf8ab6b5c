// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.expr.Expr;
import org.twinworks.model.rules.expr.ExpressionException;
import org.twinworks.model.rules.expr.ExpressionParser;
import org.twinworks.model.rules.expr.SignalLookup;
import org.twinworks.model.util.TwinValidator;

/**
 * Event rules: their expressions parse and name signals the rule's equipment (or type) has, and their tags are
 * unique where they run together.
 */
public final class EventRuleRules {

	private EventRuleRules() {
	}

	public static boolean validExpressions(EventRule rule, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		int code = TwinValidator.EVENT_RULE__VALID_EXPRESSIONS;
		boolean valid = true;
		if (rule.getCondition() == null || rule.getCondition().isBlank()) {
			valid = Problems.error(diagnostics, code, rule, TwinPackage.Literals.EVENT_RULE__CONDITION,
					"it has no condition.", "Write when the event is on, e.g. LEVEL > 90.");
		} else {
			valid &= validExpression(rule, TwinPackage.Literals.EVENT_RULE__CONDITION, rule.getCondition(), diagnostics,
					context);
		}
		if (!valid && diagnostics == null) {
			return false;
		}
		if (rule.getEndCondition() != null && !rule.getEndCondition().isBlank()) {
			valid &= validExpression(rule, TwinPackage.Literals.EVENT_RULE__END_CONDITION, rule.getEndCondition(),
					diagnostics, context);
		}
		if (rule.getForDuration() < 0) {
			valid &= Problems.error(diagnostics, code, rule, TwinPackage.Literals.EVENT_RULE__FOR_DURATION,
					"its duration " + rule.getForDuration() + " ms is negative.",
					"Set how many milliseconds the condition must hold, or 0.");
		}
		return valid;
	}

	/**
	 * The rule's tag (its name when the tag is empty) is the source of its frames: a second rule with the same one
	 * on the same equipment (its own, or its type's, which every instance runs) makes frames that cannot be told
	 * apart. Both places are named.
	 */
	public static boolean uniqueTag(EventRule rule, @Nullable DiagnosticChain diagnostics,
			@Nullable Map<Object, Object> context) {
		String key = key(rule);
		if (key == null) {
			return true;
		}
		List<EventRule> together = new ArrayList<>();
		EObject scope = rule.eContainer();
		if (scope instanceof Equipment equipment) {
			together.addAll(equipment.getEventRules());
			if (equipment.getType() != null) {
				together.addAll(equipment.getType().getEventRules());
			}
		} else if (scope instanceof EquipmentType type) {
			together.addAll(type.getEventRules());
		}
		for (EventRule other : together) {
			if (other != rule && key.equals(key(other))) {
				return Problems.error(diagnostics, TwinValidator.EVENT_RULE__UNIQUE_TAG, rule,
						TwinPackage.Literals.EVENT_RULE__TAG,
						"its tag " + key + " is also that of " + ModelPaths.describe(other)
								+ (other.eContainer() instanceof EquipmentType && scope instanceof Equipment
										? ", which every instance of the type runs"
										: "")
								+ ".",
						"Give one of them another tag.");
			}
		}
		return true;
	}

	/** The tag a rule's frames carry: its tag, else its name; null when it has neither. */
	private static @Nullable String key(EventRule rule) {
		String tag = rule.getTag();
		if (tag != null && !tag.isBlank()) {
			return tag;
		}
		String name = rule.getName();
		return name == null || name.isBlank() ? null : name;
	}

	private static boolean validExpression(EventRule rule, EAttribute feature, String text,
			@Nullable DiagnosticChain diagnostics, @Nullable Map<Object, Object> context) {
		int code = TwinValidator.EVENT_RULE__VALID_EXPRESSIONS;
		String what = feature == TwinPackage.Literals.EVENT_RULE__CONDITION ? "condition" : "end condition";
		Expr expr;
		try {
			expr = ExpressionParser.parse(text);
		} catch (ExpressionException e) {
			return Problems.error(diagnostics, code, rule, feature,
					"its " + what + " '" + text + "' does not parse at column " + e.column() + ": " + e.problem() + ".",
					"Correct the expression.");
		}
		EObject scope = rule.eContainer();
		SignalLookup lookup = lookup(scope, context);
		boolean valid = true;
		for (Expr.SignalRef ref : expr.references()) {
			boolean known = scope instanceof Equipment equipment
					? lookup.find(equipment, ref.name()) != null
					: scope instanceof EquipmentType type
							? lookup.knownOnType(type, ref.name())
							: lookup.plantSignal(ref.name()) != null;
			if (!known) {
				valid = Problems.error(
						diagnostics, code, rule, feature, "its " + what + " '" + text + "' names " + ref.name()
								+ " at column " + ref.column() + ", which is no signal of " + scopeLabel(scope) + ".",
						hint(scope));
				if (diagnostics == null) {
					return false;
				}
			}
		}
		return valid;
	}

	private static String scopeLabel(@Nullable EObject scope) {
		if (scope instanceof Equipment || scope instanceof EquipmentType) {
			return ModelPaths.label(scope);
		}
		return "the plant";
	}

	private static String hint(@Nullable EObject scope) {
		if (scope instanceof Equipment equipment && equipment.getTag() != null) {
			return "Name a signal by the part of its tag after " + equipment.getTag() + ". or by its full tag.";
		}
		if (scope instanceof EquipmentType) {
			return "Name one of the type's signal templates by its tag, or a signal by its full tag.";
		}
		return "Name a signal by its full tag.";
	}

	/** One lookup per plant and validation run: the plant's tags are indexed once, not once per rule. */
	private static SignalLookup lookup(@Nullable EObject scope, @Nullable Map<Object, Object> context) {
		Plant plant = scope == null ? null : ModelPaths.plantOf(scope);
		if (context == null || plant == null) {
			return new SignalLookup(plant);
		}
		Object key = Map.entry(SignalLookup.class, plant);
		return (SignalLookup) context.computeIfAbsent(key, k -> new SignalLookup(plant));
	}
}
