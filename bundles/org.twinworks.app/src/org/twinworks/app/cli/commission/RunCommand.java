// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.app.cli.commission;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.twinworks.app.cli.Options;
import org.twinworks.app.cli.UsageException;
import org.twinworks.app.cli.CliCommand;
import org.twinworks.app.cli.LiveArguments;
import org.twinworks.commissioning.engine.AsLeft;
import org.twinworks.commissioning.engine.CampaignRunner;
import org.twinworks.commissioning.engine.RunListener;
import org.twinworks.commissioning.engine.RunOptions;
import org.twinworks.commissioning.engine.RunSummary;
import org.twinworks.commissioning.engine.Stimulus;
import org.twinworks.commissioning.plan.PlantHash;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.signoff.Locks;
import org.twinworks.live.AuditLog;
import org.twinworks.live.LiveConnectionException;
import org.twinworks.live.LiveSession;
import org.twinworks.live.PlantStimulus;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;

/**
 * {@code commission run <record>}: connects to the plant's endpoint as {@code check} does and runs the record's
 * automated checks, a line per check; the record is saved as checks finish, so a stopped run loses nothing. Writes
 * only with {@code --arm-writes MINUTES}, audited beside the record.
 */
final class RunCommand implements CliCommand {
	private static final Duration SAVE_EVERY = Duration.ofSeconds(2);

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String arguments() {
		return "<FILE.twincx> [--kinds …] [--only TAG …] [--arm-writes MINUTES] [--as-left] [--parallel N] "
				+ "[--endpoint NAME] [--trust SHA256] [--lab] [--pki DIR]";
	}

	@Override
	public String summary() {
		return "run the record's automated checks on the live plant, a line per check (exit 0 all passed, "
				+ "1 failed, blocked or pending, 2 could not run)";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--kinds", "--only", "--arm-writes", "--parallel"),
				Set.of("--as-left"));
		LiveArguments live;
		try {
			live = LiveArguments.parse(options.rest());
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		if (live.positional().size() != 1) {
			throw new UsageException("expected one commissioning record");
		}
		Set<CheckKind> kinds = PlanCommand.kinds(options.values("--kinds"));
		List<String> only = options.values("--only");
		int armMinutes = options.number("--arm-writes", 0, 0, 480);
		int parallel = options.number("--parallel", 4, 1, 16);
		Path file = Path.of(live.positional().get(0));
		try (OpenRecord record = OpenRecord.load(file, name(), err, live.pki())) {
			if (record == null) {
				return FAILED;
			}
			if (Locks.isLocked(record.campaign)) {
				err.println("twinworks commission run: the campaign is approved and locked; open a new revision first "
						+ "(twinworks commission revise)");
				return FAILED;
			}
			Plant plant = record.loadPlant(name(), err);
			if (plant == null) {
				return FAILED;
			}
			if (!PlantHash.of(record.plantFile()).equals(record.campaign.getPlantHash())) {
				err.println(
						"twinworks commission run: " + record.plantFile() + " changed since the campaign was planned; "
								+ "re-plan first: twinworks commission plan " + record.plantFile() + " -o " + file);
				return FAILED;
			}
			List<Check> selected = record.campaign.getChecks().stream().filter(c -> !c.isObsolete())
					.filter(c -> kinds.isEmpty() || kinds.contains(c.getKind())).filter(c -> only.isEmpty()
							|| only.contains(c.getTag()) || only.contains(c.getEquipment()) || only.contains(c.getId()))
					.toList();
			if (selected.isEmpty()) {
				err.println("twinworks commission run: no check matches the selection");
				return FAILED;
			}
			if (options.has("--as-left")) {
				for (Check check : selected) {
					boolean signed = record.campaign.getSignatures().stream()
							.anyMatch(s -> check.getId().equals(s.getCheck())
									&& s.getRevision() == record.campaign.getRevision());
					if (check.getKind() == CheckKind.LOOP && signed) {
						err.println("twinworks commission run: " + check.getId() + " is signed in this revision; "
								+ "open a new revision for its as-left steps (commission revise)");
					} else if (check.getKind() == CheckKind.LOOP) {
						AsLeft.request(check);
					}
				}
			}
			Optional<Endpoint> endpoint = plant.getTwin() == null
					? Optional.empty()
					: plant.getTwin().getEndpoints().stream()
							.filter(e -> live.endpoint() == null || live.endpoint().equals(e.getName())).findFirst();
			if (endpoint.isEmpty()) {
				err.println("twinworks commission run: the plant has no endpoint"
						+ (live.endpoint() == null ? "" : " named '" + live.endpoint() + "'"));
				return FAILED;
			}
			if (live.lab()) {
				endpoint.get().setLabMode(true);
			}
			return run(record, plant, endpoint.get(), live, selected, armMinutes, parallel, out, err);
		}
	}

	private int run(OpenRecord record, Plant plant, Endpoint endpoint, LiveArguments live, List<Check> selected,
			int armMinutes, int parallel, PrintStream out, PrintStream err) throws Exception {
		Clock clock = Clock.systemUTC();
		String user = System.getProperty("user.name");
		RunOptions defaults = RunOptions.defaults(Duration.ofMinutes(armMinutes), user, OpenRecord.version());
		RunOptions options = new RunOptions(defaults.armFor(), parallel, defaults.stepTimeout(), defaults.quiet(),
				defaults.settleBand(), defaults.tripTime(), user, defaults.twinworksVersion());
		Path folder = record.file.toAbsolutePath().getParent();
		String base = record.file.getFileName().toString();
		Path recording = folder.resolve(
				base + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".twinrec");
		CampaignRunner runner = new CampaignRunner(plant, record.campaign, options, record.sink(clock), clock);
		Saver saver = new Saver(record, runner.recordLock(), err);
		CountDownLatch finished = new CountDownLatch(1);
		// Ctrl-C: the run is cancelled, so every check gives back what it forced, bypassed or wrote, and is saved
		Thread onExit = new Thread(() -> {
			runner.cancel();
			try {
				finished.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "commission run: cancel on exit");
		Runtime.getRuntime().addShutdownHook(onExit);
		try (LiveSession session = LiveSession.connect(endpoint, live.options(endpoint).build());
				AuditLog audit = options.armed() ? AuditLog.open(folder.resolve(base + ".writes.log"), 16) : null) {
			Stimulus stimulus = stimulus(session);
			out.println("connected to " + session.endpointUrl() + " (" + session.securityPolicy() + ", "
					+ session.securityMode() + "); " + selected.size() + " checks; writes "
					+ (options.armed() ? "armed for " + armMinutes + " min" : "not armed")
					+ (stimulus == null
							? "; no stimulus: field steps stay pending"
							: "; the server offers a stimulus"));
			RunSummary summary = runner.run(session, endpoint, selected, stimulus, audit, recording, new RunListener() {
				@Override
				public void checkFinished(Check check) {
					out.println(line(check));
					saver.maybeSave(false);
				}
			});
			out.println(summary.total() + " checks: " + summary.passed() + " passed, " + summary.failed() + " failed, "
					+ summary.blocked() + " blocked, " + summary.pending() + " pending"
					+ (summary.cancelled() ? " (cancelled)" : "") + "; record " + record.file + ", recording "
					+ recording.getFileName());
			if (summary.passed() < summary.total()) {
				out.println("exit 1: not every check passed (failed, blocked or waiting for steps in the field)");
			}
			return summary.passed() == summary.total() ? OK : PROBLEMS;
		} catch (LiveConnectionException e) {
			err.println("twinworks commission run: " + e.getMessage());
			return FAILED;
		} finally {
			saver.save(true);
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(onExit);
			} catch (IllegalStateException shuttingDown) {
				// the hook is running: it waits for this save
			}
		}
	}

	private static Stimulus stimulus(LiveSession session) throws LiveConnectionException {
		Optional<PlantStimulus> found = PlantStimulus.find(session);
		if (found.isEmpty()) {
			return null;
		}
		PlantStimulus plant = found.get();
		return Stimulus.of(plant);
	}

	static String line(Check check) {
		String state = switch (check.getState()) {
		case PASSED -> "PASS ";
		case FAILED -> "FAIL ";
		case BLOCKED -> "BLOCK";
		case SKIPPED -> "SKIP ";
		default -> "WAIT ";
		};
		String reason = check.getState() == CheckState.PASSED ? "" : "  " + reasonOf(check);
		return state + "  " + check.getId() + "  " + check.getTitle() + reason;
	}

	private static String reasonOf(Check check) {
		if (check.getState() == CheckState.FAILED) {
			return check.getSteps().stream().filter(s -> s.getVerdict().getName().equals("FAIL"))
					.map(s -> s.getName() + ": " + (s.getNote() == null ? "observed " + s.getObserved() : s.getNote()))
					.findFirst().orElse(String.valueOf(check.getReason()));
		}
		return String.valueOf(check.getReason()).toLowerCase(Locale.ROOT).equals("null") ? "" : check.getReason();
	}

	/** Saves the record while checks run, at most every couple of seconds, and always at the end. */
	private static final class Saver {
		private final OpenRecord record;
		private final Object lock;
		private final PrintStream err;
		private long last;

		Saver(OpenRecord record, Object lock, PrintStream err) {
			this.record = record;
			this.lock = lock;
			this.err = err;
		}

		void maybeSave(boolean checkpoint) {
			if (System.nanoTime() - last >= SAVE_EVERY.toNanos()) {
				save(checkpoint);
			}
		}

		void save(boolean checkpoint) {
			synchronized (lock) {
				try {
					record.save(checkpoint);
					last = System.nanoTime();
				} catch (IOException e) {
					err.println("twinworks commission run: could not save " + record.file + ": " + e.getMessage());
				}
			}
		}
	}
}
