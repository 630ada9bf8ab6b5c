// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's dependency check: every production bundle may require and import only what its layer allows.
 * Run by {@code ./twinworks test} before Maven, as a single-file program:
 *
 * <pre>
 * java releng/check/LayerRules.java [root]                 check root/bundles/* (exit 1 on a violation)
 * java releng/check/LayerRules.java --self-test [root]     check the fixtures under releng/check/fixtures
 * </pre>
 *
 * It reads each {@code bundles/<bundle>/META-INF/MANIFEST.MF} (Require-Bundle, Import-Package) and the imports of
 * every hand-written {@code .java} file under {@code bundles/<bundle>/src}, and prints one line per violation:
 * {@code <bundle> | <file> | <what it requires or imports> # <rule>}. Lines listed in
 * {@code releng/check/known-violations.txt} (violations being removed) are reported but do not fail the check.
 */
public final class LayerRules {

	// Package (and bundle name) prefixes a layer may not see.
	private static final String SWT = "org.eclipse.swt";
	private static final String JFACE = "org.eclipse.jface";
	private static final String WORKBENCH = "org.eclipse.ui";
	private static final String MILO = "org.eclipse.milo";

	/**
	 * The rules: one line per bundle. The layer orders the bundles (core → model → model.edit → live | diagram →
	 * diagram.ui → pid → ui → ui.live → app); a bundle may require only the twinworks bundles it lists, each on a
	 * lower layer (checked at start), and may not see the listed package prefixes. A bundle not present is skipped;
	 * a present bundle missing from this table is a violation (add its line).
	 */
	private static final List<Rule> RULES = List.of(
			// bundle                        layer  may require (twinworks bundles, without the prefix)             may not see
			rule("org.twinworks.logging",      0, "",                                                                SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.milo",         0, "",                                                                SWT, JFACE, WORKBENCH),
			rule("org.twinworks.core",         0, "",                                                                SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.sparkplug",    1, "core logging",                                                    SWT, JFACE, WORKBENCH, MILO,
					"org.twinworks.model"),
			rule("org.twinworks.model",        1, "core",                                                            SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.model.edit",   2, "core model",                                                      SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.live",         3, "core model model.edit milo logging sparkplug",                    SWT, JFACE, WORKBENCH),
			rule("org.twinworks.live.binding", 4, "core model model.edit live milo",                                 SWT, JFACE, WORKBENCH),
			rule("org.twinworks.gateway",      4, "core model model.edit live sparkplug logging",                    SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.sim",          3, "core model milo logging",                                         SWT, JFACE, WORKBENCH),
			rule("org.twinworks.diagram",      3, "core",                                                            SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.diagram.ui",   4, "core diagram",                                                    WORKBENCH, MILO),
			rule("org.twinworks.pid",          5, "core model model.edit diagram diagram.ui",                        WORKBENCH, MILO),
			rule("org.twinworks.interop",      3, "core model",                                                      SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.interop.aas",  4, "core model",                                                      SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.interop.server", 4, "core model model.edit live interop",                            SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.events",       5, "core model model.edit live live.binding sim",                     SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.commissioning", 5, "core model model.edit live live.binding diagram",                SWT, JFACE, WORKBENCH, MILO),
			rule("org.twinworks.ui",           6, "core model model.edit diagram diagram.ui pid interop interop.aas", MILO),
			rule("org.twinworks.ui.live",      7, "core model model.edit live live.binding diagram diagram.ui pid ui "
					+ "interop interop.server",                                                                   MILO),
			rule("org.twinworks.commissioning.ui", 8,
					"core model model.edit live live.binding diagram diagram.ui pid ui ui.live commissioning",     MILO),
			rule("org.twinworks.events.ui",    8,
					"core model model.edit live live.binding events diagram diagram.ui pid ui ui.live",          MILO),
			rule("org.twinworks.app",          9, "core model model.edit live live.binding sim diagram diagram.ui pid ui ui.live "
					+ "commissioning commissioning.ui interop interop.aas interop.server logging events events.ui sparkplug gateway",                                            MILO));

	private static final String TWINWORKS = "org.twinworks.";
	private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
			Pattern.MULTILINE);
	private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

	record Rule(String bundle, int layer, Set<String> mayRequire, List<String> mayNotSee) {
	}

	record Violation(String bundle, String file, String what, String rule) {
		String key() {
			return bundle + " | " + file + " | " + what;
		}

		@Override
		public String toString() {
			return key() + " # " + rule;
		}
	}

	private static Rule rule(String bundle, int layer, String mayRequire, String... mayNotSee) {
		Set<String> allowed = new LinkedHashSet<>();
		for (String name : mayRequire.trim().split("\\s+")) {
			if (!name.isEmpty()) {
				allowed.add(TWINWORKS + name);
			}
		}
		return new Rule(bundle, layer, allowed, List.of(mayNotSee));
	}

	public static void main(String[] args) throws IOException {
		boolean selfTest = args.length > 0 && args[0].equals("--self-test");
		int first = selfTest ? 1 : 0;
		Path root = Path.of(args.length > first ? args[first] : ".").toAbsolutePath().normalize();
		String tableProblem = checkTable();
		if (tableProblem != null) {
			System.err.println("LayerRules: the rules table is inconsistent: " + tableProblem);
			System.exit(2);
		}
		System.exit(selfTest ? selfTest(root.resolve("releng/check/fixtures")) : run(root,
				root.resolve("releng/check/known-violations.txt")));
	}

	/** Checks root and prints the result; returns the exit code (0 clean or only known violations, 1 otherwise). */
	static int run(Path root, Path knownFile) throws IOException {
		List<Violation> violations = check(root);
		Set<String> known = readKnown(knownFile);
		int unknown = 0;
		int tolerated = 0;
		Set<String> seen = new LinkedHashSet<>();
		for (Violation violation : violations) {
			seen.add(violation.key());
			if (known.contains(violation.key())) {
				tolerated++;
			} else {
				System.out.println(violation);
				unknown++;
			}
		}
		for (String stale : known) {
			if (!seen.contains(stale)) {
				System.out.println("LayerRules: known violation no longer found, remove it from "
						+ root.relativize(knownFile) + ": " + stale);
			}
		}
		if (tolerated > 0) {
			System.out.println("LayerRules: " + tolerated + " known violation(s) tolerated (listed in "
					+ root.relativize(knownFile) + ", being removed)");
		}
		if (unknown > 0) {
			System.out.println("LayerRules: " + unknown + " dependency violation(s); the rules are at the top of "
					+ "releng/check/LayerRules.java");
			return 1;
		}
		System.out.println("LayerRules: dependencies follow the layers");
		return 0;
	}

	/** Every violation under root/bundles, in a stable order. */
	static List<Violation> check(Path root) throws IOException {
		Map<String, Path> bundles = new TreeMap<>();
		try (Stream<Path> dirs = Files.list(root.resolve("bundles"))) {
			for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
				Path manifest = dir.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					bundles.put(symbolicName(readManifest(manifest)), dir);
				}
			}
		}
		Map<String, String> packageOwners = packageOwners(bundles);
		Map<String, Rule> rules = new LinkedHashMap<>();
		RULES.forEach(rule -> rules.put(rule.bundle(), rule));

		List<Violation> violations = new ArrayList<>();
		for (Map.Entry<String, Path> entry : bundles.entrySet()) {
			String bundle = entry.getKey();
			Path dir = entry.getValue();
			String manifestFile = root.relativize(dir.resolve("META-INF/MANIFEST.MF")).toString();
			Rule rule = rules.get(bundle);
			if (rule == null) {
				if (bundle.startsWith(TWINWORKS)) {
					violations.add(new Violation(bundle, manifestFile, "Bundle-SymbolicName: " + bundle,
							"bundle missing from the rules table in releng/check/LayerRules.java"));
				}
				continue;
			}
			Map<String, String> manifest = readManifest(dir.resolve("META-INF/MANIFEST.MF"));
			for (String required : clauses(manifest.get("Require-Bundle"))) {
				String why = requireProblem(rule, required, rules);
				if (why != null) {
					violations.add(new Violation(bundle, manifestFile, "Require-Bundle: " + required, why));
				}
			}
			for (String imported : clauses(manifest.get("Import-Package"))) {
				String why = packageProblem(rule, imported, packageOwners, rules);
				if (why != null) {
					violations.add(new Violation(bundle, manifestFile, "Import-Package: " + imported, why));
				}
			}
			for (Path source : javaFiles(dir.resolve("src"))) {
				String file = root.relativize(source).toString();
				Set<String> reported = new LinkedHashSet<>();
				Matcher matcher = IMPORT.matcher(stripComments(Files.readString(source, StandardCharsets.UTF_8)));
				while (matcher.find()) {
					String imported = matcher.group(1);
					String why = packageProblem(rule, imported, packageOwners, rules);
					if (why != null && reported.add(imported)) {
						violations.add(new Violation(bundle, file, "import " + imported, why));
					}
				}
			}
		}
		return violations;
	}

	/** Why rule's bundle may not require the bundle named required, or null when it may. */
	private static String requireProblem(Rule rule, String required, Map<String, Rule> rules) {
		if (required.startsWith(TWINWORKS)) {
			return twinworksProblem(rule, required, rules);
		}
		for (String prefix : rule.mayNotSee()) {
			if (within(required, prefix)) {
				return rule.bundle() + " may not see " + prefix;
			}
		}
		return null;
	}

	/** Why rule's bundle may not use the package (or class) name, or null when it may. */
	private static String packageProblem(Rule rule, String name, Map<String, String> packageOwners,
			Map<String, Rule> rules) {
		for (String prefix : rule.mayNotSee()) {
			if (within(name, prefix)) {
				return rule.bundle() + " may not see " + prefix;
			}
		}
		String owner = owner(name, packageOwners);
		if (owner != null && !owner.equals(rule.bundle())) {
			return twinworksProblem(rule, owner, rules);
		}
		return null;
	}

	private static String twinworksProblem(Rule rule, String other, Map<String, Rule> rules) {
		if (other.equals(rule.bundle()) || rule.mayRequire().contains(other)) {
			return null;
		}
		Rule otherRule = rules.get(other);
		if (otherRule != null && otherRule.layer() >= rule.layer()) {
			return rule.bundle() + " (layer " + rule.layer() + ") may not depend on " + other + " (layer "
					+ otherRule.layer() + ")";
		}
		return rule.bundle() + " may not depend on " + other;
	}

	/** The bundle whose source declares the longest package that name starts with, or null. */
	private static String owner(String name, Map<String, String> packageOwners) {
		String candidate = name;
		while (true) {
			String owner = packageOwners.get(candidate);
			if (owner != null) {
				return owner;
			}
			int dot = candidate.lastIndexOf('.');
			if (dot < 0) {
				return null;
			}
			candidate = candidate.substring(0, dot);
		}
	}

	/** Package → bundle, from every bundle's sources (src, src-gen) and Export-Package. */
	private static Map<String, String> packageOwners(Map<String, Path> bundles) throws IOException {
		Map<String, String> owners = new TreeMap<>();
		for (Map.Entry<String, Path> entry : bundles.entrySet()) {
			for (String exported : clauses(readManifest(entry.getValue().resolve("META-INF/MANIFEST.MF"))
					.get("Export-Package"))) {
				owners.putIfAbsent(exported, entry.getKey());
			}
			for (String folder : List.of("src", "src-gen")) {
				for (Path source : javaFiles(entry.getValue().resolve(folder))) {
					Matcher matcher = PACKAGE.matcher(stripComments(Files.readString(source, StandardCharsets.UTF_8)));
					if (matcher.find()) {
						owners.putIfAbsent(matcher.group(1), entry.getKey());
					}
				}
			}
		}
		return owners;
	}

	private static boolean within(String name, String prefix) {
		return name.equals(prefix) || name.startsWith(prefix + ".");
	}

	private static List<Path> javaFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(path -> path.toString().endsWith(".java")).sorted().toList();
		}
	}

	/** Removes block and line comments, so a commented-out import does not count. */
	private static String stripComments(String source) {
		return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)//.*$", "");
	}

	/** The main attributes of a manifest, continuation lines joined. */
	static Map<String, String> readManifest(Path manifest) {
		Map<String, String> attributes = new LinkedHashMap<>();
		String name = null;
		StringBuilder value = new StringBuilder();
		List<String> lines;
		try {
			lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (String line : lines) {
			if (line.startsWith(" ")) {
				value.append(line.substring(1));
				continue;
			}
			if (name != null) {
				attributes.put(name, value.toString());
			}
			int colon = line.indexOf(':');
			name = colon > 0 ? line.substring(0, colon).trim() : null;
			value.setLength(0);
			if (name != null) {
				value.append(line.substring(colon + 1).trim());
			}
		}
		if (name != null) {
			attributes.put(name, value.toString());
		}
		return attributes;
	}

	private static String symbolicName(Map<String, String> manifest) {
		List<String> names = clauses(manifest.get("Bundle-SymbolicName"));
		return names.isEmpty() ? "?" : names.get(0);
	}

	/** The names of a header's clauses (before any ';'), commas inside quotes ignored. */
	static List<String> clauses(String header) {
		List<String> names = new ArrayList<>();
		if (header == null) {
			return names;
		}
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : (header + ",").toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				String clause = current.toString().trim();
				int semicolon = clause.indexOf(';');
				String name = (semicolon < 0 ? clause : clause.substring(0, semicolon)).trim();
				if (!name.isEmpty()) {
					names.add(name);
				}
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		return names;
	}

	/** The violation keys of the known-violations file: text before " #", blank lines and # comments skipped. */
	private static Set<String> readKnown(Path file) throws IOException {
		Set<String> known = new LinkedHashSet<>();
		if (!Files.isRegularFile(file)) {
			return known;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			int hash = line.indexOf('#');
			String key = (hash < 0 ? line : line.substring(0, hash)).trim();
			if (!key.isEmpty()) {
				known.add(key);
			}
		}
		return known;
	}

	/** Null when every bundle a rule allows sits on a lower layer, else the first that does not. */
	private static String checkTable() {
		Map<String, Rule> rules = new LinkedHashMap<>();
		RULES.forEach(rule -> rules.put(rule.bundle(), rule));
		for (Rule rule : RULES) {
			for (String allowed : rule.mayRequire()) {
				Rule other = rules.get(allowed);
				if (other == null) {
					return rule.bundle() + " may require " + allowed + ", which has no line";
				}
				if (other.layer() >= rule.layer()) {
					return rule.bundle() + " (layer " + rule.layer() + ") may require " + allowed + " (layer "
							+ other.layer() + ")";
				}
			}
		}
		return null;
	}

	/**
	 * Runs the check on the fixture tree, which breaks each kind of rule once: it must fail (exit 1) with exactly
	 * the lines of fixtures/expected.txt, and pass once those lines are listed as known.
	 */
	private static int selfTest(Path fixtures) throws IOException {
		List<String> expected = Files.readAllLines(fixtures.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
				.filter(line -> !line.isBlank()).toList();
		List<String> actual = check(fixtures).stream().map(Violation::toString).toList();
		boolean ok = true;
		if (!actual.equals(expected)) {
			ok = false;
			System.out.println("LayerRules self-test: the fixtures gave");
			actual.forEach(line -> System.out.println("  " + line));
			System.out.println("but expected (" + fixtures.resolve("expected.txt") + ")");
			expected.forEach(line -> System.out.println("  " + line));
		}
		Path none = fixtures.resolve("no-such-known-violations.txt");
		Path all = fixtures.resolve("expected.txt");
		java.io.PrintStream out = System.out;
		java.io.ByteArrayOutputStream discard = new java.io.ByteArrayOutputStream();
		int failing;
		int tolerated;
		System.setOut(new java.io.PrintStream(discard, true, StandardCharsets.UTF_8));
		try {
			failing = run(fixtures, none);
			tolerated = run(fixtures, all);
		} finally {
			System.setOut(out);
		}
		if (failing != 1) {
			ok = false;
			System.out.println("LayerRules self-test: the violating fixtures exited " + failing + ", not 1");
		}
		if (tolerated != 0) {
			ok = false;
			System.out.println("LayerRules self-test: with every violation known the check exited " + tolerated
					+ ", not 0");
		}
		System.out.println(ok ? "LayerRules self-test: passed (" + actual.size() + " violations found in the fixtures)"
				: "LayerRules self-test: FAILED");
		return ok ? 0 : 1;
	}
}
