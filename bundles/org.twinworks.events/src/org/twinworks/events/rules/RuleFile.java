// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Detector;
import org.twinworks.events.DetectorProvider;
import org.twinworks.events.Severity;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.EventRule;
import org.twinworks.model.Plant;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.expr.ExpressionException;
import org.twinworks.model.rules.expr.ExpressionParser;
import org.twinworks.model.rules.expr.SignalLookup;

/**
 * Event rules kept in a text file beside the plant ({@code watch --rules FILE}), one rule per block:
 *
 * <pre>
 * # comments and blank lines are ignored
 * rule HIGH-LEVEL                  -- starts a block; the name is the frames' source
 *   equipment TK-101               -- or: type Centrifugal pump (every equipment of the type, by the type's name)
 *   when LEVEL &gt; 90                -- the condition, in the model's expression syntax
 *   until LEVEL &lt; 85               -- optional end condition
 *   for 2 s                        -- optional duration: a number and ms, s, min or h
 *   severity high                  -- info, low, medium (the default), high or critical
 *   description Raw water tank nearly full
 * </pre>
 *
 * Every problem is reported at once as {@code file:line:column: ...}: syntax and a rule name given twice on one
 * scope when the file is read; unknown equipment, types and signals, and two rules (of the file, or of the file
 * and the model) making frames of one source on one equipment, when the rules are set up on a plant.
 */
public final class RuleFile implements DetectorProvider {

	private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min|h)");

	/** Where a value was written: its line and the column its text starts at (both 1-based). */
	private record At(int line, int column) {
	}

	/** One rule of the file, with where each part was written. */
	private record FileRule(RuleDefinition definition, At ruleAt, @Nullable String equipment, @Nullable String type,
			At scopeAt, At conditionAt, @Nullable At endAt) {
	}

	private final Path file;
	private final List<FileRule> rules;

	private RuleFile(Path file, List<FileRule> rules) {
		this.file = file;
		this.rules = rules;
	}

	/** Reads and checks the syntax of a rule file (expressions included). */
	public static RuleFile load(Path file) throws IOException {
		return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
	}

	/** Parses rule file text; {@code file} only names it in errors. */
	public static RuleFile parse(Path file, List<String> lines) {
		List<String> problems = new ArrayList<>();
		List<FileRule> rules = new ArrayList<>();
		Block block = null;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int start = firstNonBlank(line);
			if (start < 0 || line.charAt(start) == '#') {
				continue;
			}
			int keyEnd = start;
			while (keyEnd < line.length() && !Character.isWhitespace(line.charAt(keyEnd))) {
				keyEnd++;
			}
			String key = line.substring(start, keyEnd);
			int valueStart = firstNonBlank(line, keyEnd);
			String value = valueStart < 0 ? "" : line.substring(valueStart).strip();
			At keyAt = new At(i + 1, start + 1);
			At valueAt = new At(i + 1, valueStart < 0 ? line.length() + 1 : valueStart + 1);
			if (key.equals("rule")) {
				if (block != null) {
					block.finish(file, problems, rules);
				}
				block = new Block(value, keyAt);
				if (value.isEmpty()) {
					problems.add(where(file, valueAt) + "the rule has no name: write rule NAME");
				}
				continue;
			}
			if (block == null) {
				problems.add(where(file, keyAt) + "'" + key + "' outside a rule: start each rule with rule NAME");
				continue;
			}
			if (value.isEmpty()) {
				problems.add(where(file, valueAt) + "'" + key + "' needs a value");
				continue;
			}
			block.set(key, value, keyAt, valueAt, file, problems);
		}
		if (block != null) {
			block.finish(file, problems, rules);
		}
		sameNameAndScope(file, rules, problems);
		if (!problems.isEmpty()) {
			throw new RuleFileException(problems);
		}
		return new RuleFile(file, List.copyOf(rules));
	}

	/** A rule's name is its frames' source: two rules of one name on one scope make frames no one tells apart. */
	private static void sameNameAndScope(Path file, List<FileRule> rules, List<String> problems) {
		Map<String, FileRule> first = new HashMap<>();
		for (FileRule rule : rules) {
			String scope = rule.equipment() != null ? "equipment " + rule.equipment() : "type " + rule.type();
			FileRule earlier = first.putIfAbsent(rule.definition().name() + "\n" + scope, rule);
			if (earlier != null) {
				problems.add(where(file, rule.ruleAt()) + "rule " + rule.definition().name() + " on " + scope
						+ " is already defined at line " + earlier.ruleAt().line() + ": give one of them another name");
			}
		}
	}

	/** The rules of the file, in file order. */
	public List<RuleDefinition> rules() {
		return rules.stream().map(FileRule::definition).toList();
	}

	/**
	 * The rules' detectors on {@code plant}: one per rule of an equipment, one per rule of a type and instance.
	 *
	 * @throws RuleFileException naming every unknown equipment, type or signal with its line and column
	 */
	@Override
	public List<Detector> detectorsFor(Plant plant) {
		Map<String, Equipment> equipmentByTag = new HashMap<>();
		Map<EquipmentType, List<Equipment>> instances = new HashMap<>();
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element instanceof EquipmentType) {
				it.prune();
			} else if (element instanceof Equipment e) {
				if (e.getTag() != null) {
					equipmentByTag.putIfAbsent(e.getTag(), e);
				}
				if (e.getType() != null) {
					instances.computeIfAbsent(e.getType(), t -> new ArrayList<>()).add(e);
				}
			}
		}
		SignalLookup lookup = new SignalLookup(plant);
		List<Detector> detectors = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		Map<Equipment, Map<String, String>> sources = new HashMap<>();
		for (FileRule rule : rules) {
			List<Equipment> scope;
			if (rule.equipment() != null) {
				Equipment equipment = equipmentByTag.get(rule.equipment());
				if (equipment == null) {
					problems.add(
							where(file, rule.scopeAt()) + "no equipment of the plant has the tag " + rule.equipment());
					continue;
				}
				scope = List.of(equipment);
			} else {
				EquipmentType type = plant.getEquipmentTypes().stream().filter(t -> rule.type().equals(t.getName()))
						.findFirst().orElse(null);
				if (type == null) {
					problems.add(where(file, rule.scopeAt()) + "the plant has no equipment type named " + rule.type());
					continue;
				}
				scope = instances.getOrDefault(type, List.of());
			}
			for (Equipment equipment : scope) {
				String clash = claim(sources, equipment, rule);
				if (clash != null) {
					problems.add(where(file, rule.ruleAt()) + "rule " + rule.definition().name() + " on "
							+ equipment.getTag() + " has the name of " + clash
							+ ": both would make frames of that source on it; give one of them another name");
					break;
				}
				try {
					detectors.add(RuleDetector.create(rule.definition(), equipment, lookup));
				} catch (RuleException e) {
					At at = e.inEndCondition() ? rule.endAt() : rule.conditionAt();
					problems.add(where(file, new At(at.line(), at.column() + e.column() - 1)) + e.getMessage());
					break; // the same mistake on every instance of a type once is enough
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleFileException(problems);
		}
		return detectors;
	}

	/**
	 * Records that {@code rule} makes frames of its name on {@code equipment}; where a rule already does (an earlier
	 * rule of the file, or one of the model on the equipment or its type), says which, else null.
	 */
	private @Nullable String claim(Map<Equipment, Map<String, String>> sources, Equipment equipment, FileRule rule) {
		Map<String, String> names = sources.computeIfAbsent(equipment, e -> {
			Map<String, String> model = new HashMap<>();
			List<EventRule> rules = new ArrayList<>(e.getEventRules());
			if (e.getType() != null) {
				rules.addAll(e.getType().getEventRules());
			}
			rules.forEach(
					r -> model.putIfAbsent(RuleDefinition.of(r).name(), "the model's rule " + ModelPaths.path(r)));
			return model;
		});
		return names.putIfAbsent(rule.definition().name(), "rule at " + file + ":" + rule.ruleAt().line());
	}

	private static String where(Path file, At at) {
		return file + ":" + at.line() + ":" + at.column() + ": ";
	}

	private static int firstNonBlank(String line) {
		return firstNonBlank(line, 0);
	}

	private static int firstNonBlank(String line, int from) {
		for (int i = from; i < line.length(); i++) {
			if (!Character.isWhitespace(line.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A rule being read: its parts as they come, checked when the block ends. */
	private static final class Block {
		private final String name;
		private final At ruleAt;
		private @Nullable String equipment;
		private @Nullable String type;
		private @Nullable At scopeAt;
		private @Nullable String condition;
		private @Nullable At conditionAt;
		private @Nullable String end;
		private @Nullable At endAt;
		private Duration duration = Duration.ZERO;
		private Severity severity = Severity.MEDIUM;
		private String description = "";

		Block(String name, At ruleAt) {
			this.name = name;
			this.ruleAt = ruleAt;
		}

		void set(String key, String value, At keyAt, At valueAt, Path file, List<String> problems) {
			switch (key) {
			case "equipment", "type" -> {
				if (scopeAt != null) {
					problems.add(where(file, keyAt) + "rule " + name
							+ " has a second scope: give either one equipment or one type");
					return;
				}
				scopeAt = valueAt;
				if (key.equals("equipment")) {
					equipment = value;
				} else {
					type = value;
				}
			}
			case "when" -> {
				conditionAt = valueAt;
				if (syntax(value, valueAt, file, problems)) {
					condition = value;
				}
			}
			case "until" -> {
				if (syntax(value, valueAt, file, problems)) {
					end = value;
					endAt = valueAt;
				}
			}
			case "for" -> {
				Matcher m = DURATION.matcher(value);
				if (!m.matches()) {
					problems.add(where(file, valueAt) + "'" + value
							+ "' is no duration: write a number and ms, s, min or h, e.g. 2 s");
					return;
				}
				double amount = Double.parseDouble(m.group(1));
				double millis = switch (m.group(2)) {
				case "ms" -> amount;
				case "s" -> amount * 1_000;
				case "min" -> amount * 60_000;
				default -> amount * 3_600_000;
				};
				duration = Duration.ofMillis(Math.round(millis));
			}
			case "severity" -> {
				try {
					severity = Severity.valueOf(value.toUpperCase(Locale.ROOT));
				} catch (IllegalArgumentException e) {
					problems.add(where(file, valueAt) + "'" + value
							+ "' is no severity: write info, low, medium, high or critical");
				}
			}
			case "description" -> description = value;
			default -> problems.add(where(file, keyAt) + "unknown key '" + key
					+ "': rules have equipment or type, when, until, for, severity and description");
			}
		}

		private static boolean syntax(String expression, At at, Path file, List<String> problems) {
			try {
				ExpressionParser.parse(expression);
				return true;
			} catch (ExpressionException e) {
				problems.add(where(file, new At(at.line(), at.column() + e.column() - 1)) + e.problem());
				return false;
			}
		}

		void finish(Path file, List<String> problems, List<FileRule> into) {
			boolean complete = true;
			if (scopeAt == null) {
				problems.add(where(file, ruleAt) + "rule " + name + " has no scope: add equipment TAG or type NAME");
				complete = false;
			}
			if (conditionAt == null) {
				problems.add(where(file, ruleAt) + "rule " + name + " has no condition: add when EXPRESSION");
			}
			complete &= condition != null;
			if (complete && !name.isEmpty()) {
				into.add(new FileRule(new RuleDefinition(name, severity, condition, end, duration, description), ruleAt,
						equipment, type, scopeAt, conditionAt, endAt));
			}
		}
	}
}
