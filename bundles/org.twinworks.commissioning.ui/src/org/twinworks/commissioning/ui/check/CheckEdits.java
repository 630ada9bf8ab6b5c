// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.engine.AsLeft;
import org.twinworks.commissioning.record.Attachment;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.CampaignState;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.CheckState;
import org.twinworks.commissioning.record.Comment;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Phase;
import org.twinworks.commissioning.record.Signature;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.commissioning.ui.EditorCampaign;

/**
 * The manual edits of checks in one editor's campaign. Each is one EMF command on the campaign's own command stack
 * (so it can be undone until the check is signed) followed by one atomic save through
 * {@link EditorCampaign#changed(Object)}. Nothing changes an approved campaign or a check signed in the current
 * revision; a file attached is evidence, chained at once, so attaching cannot be undone. UI thread.
 */
public final class CheckEdits {
	private static final Map<EditorCampaign, CheckEdits> EDITS = new WeakHashMap<>();
	private static final CommissioningFactory F = CommissioningFactory.eINSTANCE;

	private final EditorCampaign owner;
	private final BasicCommandStack stack = new BasicCommandStack();
	private final Clock clock;
	private @Nullable Campaign stackCampaign;
	private String user = System.getProperty("user.name", "engineer");

	private CheckEdits(EditorCampaign owner, Clock clock) {
		this.owner = owner;
		this.clock = clock;
	}

	/** The edits of this editor's campaign, with their command stack (one per campaign). */
	public static CheckEdits of(EditorCampaign campaign) {
		return EDITS.computeIfAbsent(campaign, c -> new CheckEdits(c, Clock.systemUTC()));
	}

	public CommandStack commandStack() {
		return stack;
	}

	/** Who the edits are recorded as (comments, notes, attachments): the operating system user by default. */
	public String user() {
		return user;
	}

	public void setUser(String name) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("a user needs a name");
		}
		user = name;
	}

	/** Why {@code check} cannot be edited now, or null when it can. */
	public @Nullable String refusal(Check check) {
		Campaign campaign = owner.campaign();
		if (campaign == null || EcoreUtil.getRootContainer(check) != campaign) {
			return "the check is not in " + owner.recordFile().getFileName() + " as it is now";
		}
		if (owner.readOnly()) {
			return "campaign " + campaign.getName() + " revision " + campaign.getRevision()
					+ " is approved and read-only: open a new revision to change it";
		}
		Signature signature = signatureOf(campaign, check);
		if (signature != null) {
			return check.getId() + " is signed (" + signature.getMeaning().getLiteral() + " by " + signature.getName()
					+ " at " + signature.getTime() + "): open a new revision to change it";
		}
		return null;
	}

	public void passStep(Check check, Step step) throws EditRefused {
		if (!step.isManual()) {
			throw new EditRefused("step " + number(check, step) + " is automated: run it, or skip it with a reason");
		}
		verdict(check, step, Verdict.PASS, "confirmed by " + user);
	}

	public void failStep(Check check, Step step, String reason) throws EditRefused {
		verdict(check, step, Verdict.FAIL, required(reason, "failing a step") + " (" + user + ")");
	}

	public void skipStep(Check check, Step step, String reason) throws EditRefused {
		verdict(check, step, Verdict.SKIPPED, required(reason, "skipping a step") + " (" + user + ")");
	}

	/**
	 * Enters the value the engineer read for a step: the as-found value of an as-found step (never overwritten, it
	 * is the drift history: ask for as-left steps instead) or the value of any other step.
	 */
	public void observe(Check check, Step step, String observed) throws EditRefused {
		String value = required(observed, "an observed value");
		if (step.getPhase() == Phase.AS_FOUND && step.getObserved() != null && !step.getObserved().isBlank()) {
			throw new EditRefused("step " + number(check, step) + " holds its as-found value " + step.getObserved()
					+ ": as-found values are never overwritten; request as-left steps for the value after adjustment");
		}
		execute(check, "Observed " + value, true, () -> step.setObserved(value));
	}

	public void passCheck(Check check) throws EditRefused {
		long failed = check.getSteps().stream().filter(s -> s.getVerdict() == Verdict.FAIL).count();
		long pending = check.getSteps().stream().filter(s -> s.getVerdict() == Verdict.PENDING).count();
		if (failed > 0) {
			throw new EditRefused(check.getId() + " has " + failed + " failed step(s): a failed step fails the check");
		}
		if (pending > 0) {
			throw new EditRefused(check.getId() + " has " + pending + " pending step(s): pass or skip them first");
		}
		finish(check, CheckState.PASSED, null, "Pass check");
	}

	public void failCheck(Check check, String reason) throws EditRefused {
		finish(check, CheckState.FAILED, required(reason, "failing a check") + " (" + user + ")", "Fail check");
	}

	public void skipCheck(Check check, String reason) throws EditRefused {
		finish(check, CheckState.SKIPPED, required(reason, "skipping a check") + " (" + user + ")", "Skip check");
	}

	/** Adds pending as-left copies of a loop check's as-found steps, for the values after adjustment. */
	public void requestAsLeft(Check check) throws EditRefused {
		if (check.getKind() != CheckKind.LOOP) {
			throw new EditRefused(check.getId() + " is not a loop check: only loops have as-left steps");
		}
		execute(check, "Request as-left", true, () -> AsLeft.request(check));
	}

	public Comment comment(Check check, String text) throws EditRefused {
		Comment comment = F.createComment();
		comment.setAuthor(user);
		comment.setTime(clock.instant().toString());
		comment.setText(required(text, "a comment"));
		execute(check, "Comment", true, () -> check.getComments().add(comment));
		return comment;
	}

	/**
	 * Copies {@code file} beside the record, hashes it into the evidence chain and lists it with the check. Not
	 * undoable: the chain keeps the hash whatever the record says.
	 */
	public Attachment attach(Check check, Path file) throws EditRefused, IOException {
		String refused = refusal(check);
		if (refused != null) {
			throw new EditRefused(refused);
		}
		EvidenceFiles.Stored stored = new EvidenceFiles(owner.recordFile()).store(check, file, user, owner.chain());
		Attachment attachment = F.createAttachment();
		attachment.setFile(stored.file());
		attachment.setSha256(stored.sha256());
		attachment.setChainIndex(stored.chainIndex());
		execute(check, "Attach " + file.getFileName(), false, () -> check.getAttachments().add(attachment));
		return attachment;
	}

	/**
	 * Assigns the checks to {@code assignee} (null or blank: unassigned) as one edit, so one Undo takes the whole
	 * assignment back. Refused as a whole when any of them may not be edited (signed, approved, not in the record).
	 */
	public void assign(List<Check> checks, @Nullable String assignee) throws EditRefused {
		if (checks.isEmpty()) {
			throw new EditRefused("no check selected to assign");
		}
		for (Check check : checks) {
			String refused = refusal(check);
			if (refused != null) {
				throw new EditRefused(refused);
			}
		}
		String name = assignee == null || assignee.isBlank() ? null : assignee.strip();
		List<Check> assigned = List.copyOf(checks);
		String label = (name == null ? "Unassign " : "Assign ")
				+ (assigned.size() == 1 ? assigned.get(0).getId() : assigned.size() + " checks")
				+ (name == null ? "" : " to " + name);
		current();
		stack.execute(new CheckCommand(assigned, label, true, () -> assigned.forEach(c -> c.setAssignee(name))));
		owner.changed(assigned.get(0));
	}

	public boolean canUndo() {
		return current() && stack.canUndo() && undoRefusal() == null;
	}

	public boolean canRedo() {
		return current() && stack.canRedo() && !owner.readOnly();
	}

	/** Undoes the last edit and saves; refused when the campaign was approved or the check signed since. */
	public void undo() throws EditRefused {
		if (!current() || stack.getUndoCommand() == null) {
			throw new EditRefused("nothing to undo");
		}
		String refused = undoRefusal();
		if (refused != null) {
			throw new EditRefused(refused);
		}
		Check check = ((CheckCommand) stack.getUndoCommand()).checks.get(0);
		stack.undo();
		owner.changed(check);
	}

	public void redo() throws EditRefused {
		if (!canRedo()) {
			throw new EditRefused("nothing to redo");
		}
		CheckCommand next = (CheckCommand) stack.getRedoCommand();
		for (Check edited : next.checks) {
			String refused = refusal(edited);
			if (refused != null) {
				throw new EditRefused(refused);
			}
		}
		Check check = next.checks.get(0);
		stack.redo();
		owner.changed(check);
	}

	/** The label of the edit Undo would undo, or null. */
	public @Nullable String undoLabel() {
		return canUndo() ? stack.getUndoCommand().getLabel() : null;
	}

	private @Nullable String undoRefusal() {
		Command command = stack.getUndoCommand();
		if (!(command instanceof CheckCommand edit) || !edit.canUndo()) {
			return "the last edit recorded evidence, which stays";
		}
		for (Check check : edit.checks) {
			String refused = refusal(check);
			if (refused != null) {
				return refused;
			}
		}
		return null;
	}

	/** The stack belongs to one campaign object: after a reload or re-plan its commands name objects now gone. */
	private boolean current() {
		if (stackCampaign != owner.campaign()) {
			stack.flush();
			stackCampaign = owner.campaign();
			return false;
		}
		return true;
	}

	private void verdict(Check check, Step step, Verdict verdict, String note) throws EditRefused {
		if (check.isObsolete()) {
			throw new EditRefused(check.getId() + " is obsolete (" + check.getObsoleteReason()
					+ "): its evidence is kept, new verdicts go to the check re-planning made");
		}
		if (!check.getSteps().contains(step)) {
			throw new EditRefused("the step is not one of " + check.getId() + "'s");
		}
		String label = switch (verdict) {
		case PASS -> "Pass step ";
		case FAIL -> "Fail step ";
		default -> "Skip step ";
		} + number(check, step);
		execute(check, label, true, () -> {
			step.setVerdict(verdict);
			step.setNote(note);
			if (check.getStarted() == null) {
				check.setStarted(clock.instant().toString());
			}
			conclude(check);
		});
	}

	private void finish(Check check, CheckState state, @Nullable String reason, String label) throws EditRefused {
		execute(check, label, true, () -> {
			check.setState(state);
			check.setReason(reason);
			check.setFinished(clock.instant().toString());
		});
	}

	/** A check's state from its steps, as the engine concludes it: a failed step fails it, pending keep it open. */
	static void conclude(Check check) {
		List<Step> steps = check.getSteps();
		boolean failed = steps.stream().anyMatch(s -> s.getVerdict() == Verdict.FAIL);
		long pending = steps.stream().filter(s -> s.getVerdict() == Verdict.PENDING).count();
		boolean allSkipped = !steps.isEmpty() && steps.stream().allMatch(s -> s.getVerdict() == Verdict.SKIPPED);
		if (failed) {
			check.setState(CheckState.FAILED);
			check.setReason(steps.stream().filter(s -> s.getVerdict() == Verdict.FAIL).map(Step::getNote).findFirst()
					.orElse(null));
		} else if (pending > 0) {
			check.setState(CheckState.IN_PROGRESS);
			check.setReason(pending + (pending == 1 ? " step" : " steps") + " pending");
		} else {
			check.setState(allSkipped ? CheckState.SKIPPED : CheckState.PASSED);
			check.setReason(null);
		}
	}

	private void execute(Check check, String label, boolean undoable, Runnable change) throws EditRefused {
		String refused = refusal(check);
		if (refused != null) {
			throw new EditRefused(refused);
		}
		current();
		Campaign campaign = owner.campaign();
		if (campaign.getState() == CampaignState.PLANNED) {
			// not part of the command: undoing the first edit leaves the campaign started, as it was in truth
			campaign.setState(CampaignState.IN_PROGRESS);
			campaign.setStarted(clock.instant().toString());
		}
		stack.execute(new CheckCommand(List.of(check), label, undoable, change));
		owner.changed(check);
	}

	private static @Nullable Signature signatureOf(Campaign campaign, Check check) {
		for (Signature signature : campaign.getSignatures()) {
			if (check.getId().equals(signature.getCheck()) && signature.getRevision() == campaign.getRevision()) {
				return signature;
			}
		}
		return null;
	}

	private static String required(@Nullable String text, String what) throws EditRefused {
		if (text == null || text.isBlank()) {
			throw new EditRefused(what + " needs a reason or value: it is empty");
		}
		return text.strip();
	}

	private static int number(Check check, Step step) {
		return check.getSteps().indexOf(step) + 1;
	}

	/** One edit of some checks, recorded on those checks' content only (cheap in a campaign of 20,000 checks). */
	private static final class CheckCommand extends ChangeCommand {
		final List<Check> checks;
		private final boolean undoable;
		private final Runnable change;

		CheckCommand(List<Check> checks, String label, boolean undoable, Runnable change) {
			super(List.<Notifier>copyOf(checks));
			this.checks = checks;
			this.undoable = undoable;
			this.change = change;
			setLabel(label);
		}

		@Override
		protected void doExecute() {
			change.run();
		}

		@Override
		public boolean canUndo() {
			return undoable;
		}
	}
}
