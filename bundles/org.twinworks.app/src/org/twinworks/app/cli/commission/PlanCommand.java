// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.persistence.CommissioningFiles;
import org.twinworks.commissioning.plan.CampaignPlanner;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.PlantHash;
import org.twinworks.commissioning.plan.Replanner;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.model.Plant;

/**
 * {@code commission plan <plant.twin>}: generates the campaign's checks from the plant into the record beside it, or
 * — when the record exists — re-plans it: checks of changed or removed subjects become obsolete with their evidence
 * kept, new subjects get new checks.
 */
final class PlanCommand implements CliCommand {

	@Override
	public String name() {
		return "plan";
	}

	@Override
	public String arguments() {
		return "<plant.twin> [--scope AREA_OR_TAG …] [--kinds io,loop,alarm,interlock,range] [--assignee NAME] [-o FILE] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "write the commissioning record with checks generated from the plant (re-plans an existing record, "
				+ "keeping its evidence) and print counts per kind";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--scope", "--kinds", "--assignee", "-o", "--pki"), Set.of());
		List<String> positional = options.positional();
		if (positional.size() != 1) {
			throw new UsageException("expected one plant model file");
		}
		Set<CheckKind> kinds = kinds(options.values("--kinds"));
		Path plantFile = Path.of(positional.get(0));
		Path recordFile = options.has("-o")
				? Path.of(options.value("-o", null))
				: CommissioningFiles.recordBeside(plantFile);
		Plant plant = OpenRecord.loadPlant(plantFile, name(), err);
		if (plant == null) {
			return FAILED;
		}
		String hash = PlantHash.of(plantFile);
		Clock clock = Clock.systemUTC();
		if (Files.exists(recordFile)) {
			return replan(recordFile, plant, hash, options, out, err);
		}
		Campaign campaign;
		try {
			campaign = new CampaignPlanner(clock).plan(plant, relative(recordFile, plantFile), hash,
					new PlanOptions(options.values("--scope"), kinds));
		} catch (IllegalArgumentException e) {
			err.println("twinworks commission plan: " + e.getMessage());
			return FAILED;
		}
		campaign.getEngineers().add(System.getProperty("user.name"));
		String assignee = options.value("--assignee", null);
		if (assignee != null && !assignee.isBlank()) {
			campaign.getChecks().forEach(check -> check.setAssignee(assignee.strip()));
		}
		try (OpenRecord record = OpenRecord.create(recordFile, campaign, options.path("--pki"))) {
			record.sink(clock).append("plan", CanonicalContent.of(Map.of("campaign", campaign.getId(), "plantHash",
					hash, "checks", String.valueOf(campaign.getChecks().size()), "revision", "1")));
			record.save(true);
		}
		out.println("planned " + campaign.getChecks().size() + " checks into " + recordFile);
		printCounts(campaign, out);
		return OK;
	}

	private int replan(Path recordFile, Plant plant, String hash, Options options, PrintStream out, PrintStream err)
			throws Exception {
		try (OpenRecord record = OpenRecord.load(recordFile, name(), err, options.path("--pki"))) {
			if (record == null) {
				return FAILED;
			}
			if (options.has("--scope") || options.has("--kinds") || options.has("--assignee")) {
				err.println("twinworks commission plan: " + recordFile + " exists and keeps its scope, kinds and "
						+ "assignees; " + "re-planning it (use -o FILE for a new campaign)");
			}
			if (hash.equals(record.campaign.getPlantHash())) {
				out.println(recordFile + " is up to date with the plant (" + record.campaign.getChecks().size()
						+ " checks)");
				printCounts(record.campaign, out);
				return OK;
			}
			Replanner.Result result;
			try {
				result = Replanner.replan(record.campaign, plant, hash);
			} catch (IllegalStateException e) {
				err.println("twinworks commission plan: " + e.getMessage() + " (twinworks commission revise)");
				return FAILED;
			}
			record.sink(Clock.systemUTC()).append("replan",
					CanonicalContent.of(Map.of("campaign", record.campaign.getId(), "plantHash", hash, "added",
							String.valueOf(result.added()), "changed", String.valueOf(result.changed()), "removed",
							String.valueOf(result.removed()))));
			record.save(true);
			out.println("re-planned " + recordFile + ": " + result.added() + " new, " + result.changed() + " changed, "
					+ result.removed() + " removed (marked obsolete, evidence kept), " + result.unchanged()
					+ " unchanged");
			printCounts(record.campaign, out);
			return OK;
		}
	}

	static Set<CheckKind> kinds(List<String> names) {
		Set<CheckKind> kinds = EnumSet.noneOf(CheckKind.class);
		for (String name : names) {
			CheckKind kind = CheckKind.get(name);
			if (kind == null) {
				throw new UsageException("unknown kind '" + name + "' (io, loop, alarm, interlock, range)");
			}
			kinds.add(kind);
		}
		return kinds;
	}

	static void printCounts(Campaign campaign, PrintStream out) {
		Map<CheckKind, int[]> counts = new TreeMap<>();
		for (Check check : campaign.getChecks()) {
			int[] count = counts.computeIfAbsent(check.getKind(), k -> new int[2]);
			count[check.isObsolete() ? 1 : 0]++;
		}
		counts.forEach((kind, count) -> out.println(String.format("  %-10s %6d%s", kind.getLiteral(), count[0],
				count[1] == 0 ? "" : "  (+" + count[1] + " obsolete)")));
	}

	private static String relative(Path recordFile, Path plantFile) {
		Path folder = recordFile.toAbsolutePath().getParent();
		return folder.relativize(plantFile.toAbsolutePath()).toString();
	}
}
