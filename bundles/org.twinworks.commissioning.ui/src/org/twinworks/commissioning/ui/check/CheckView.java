// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.loop.LoopTrend;
import org.twinworks.model.Plant;
import org.twinworks.ui.live.LiveModel;

/**
 * The check selected in the checklist (or the check of a signal or equipment selected in the plant editor): its kind,
 * subject and state, its steps, the live values it is about with a mini trend, and the manual actions on it. Every
 * action saves the record at once and can be undone (Ctrl+Z) until the check is signed; a refused action says why in
 * the view, without a dialog in the way.
 * <p>
 * Over 500 lines: the view's public actions (one short method each, the tests' way in) and their wiring; the parts
 * are apart already (steps, live panel, loop trend, notes, edits, runs).
 */
public final class CheckView extends ViewPart {
	public static final String ID = "org.twinworks.commissioning.ui.views.check";
	public static final String PASS_STEP = "Pass Step";
	public static final String FAIL_STEP = "Fail Step…";
	public static final String SKIP_STEP = "Skip Step…";
	public static final String OBSERVED = "As-Found / As-Left…";
	public static final String PASS_CHECK = "Pass Check";
	public static final String FAIL_CHECK = "Fail Check…";
	public static final String SKIP_CHECK = "Skip Check…";
	public static final String AS_LEFT = "Request As-Left";
	public static final String ADD_COMMENT = "Add Comment";
	public static final String ATTACH = "Attach File…";
	public static final String RUN = "Run";
	public static final String PAUSE = "Pause";
	public static final String RESUME = "Resume";
	public static final String CANCEL = "Cancel Run";
	public static final String EVIDENCE = "Evidence…";
	public static final String RUN_ARMED = "Run Armed…";
	public static final String REPEAT_AS_LEFT = "Repeat As-Left";

	private final CheckFollower follower = new CheckFollower(this, this::show, this::refresh,
			() -> this.title.isDisposed());
	private Label title;
	private Label facts;
	private Label banner;
	private Label message;
	private TableViewer steps;
	private Composite actions;
	private Button runButton;
	private Button pauseButton;
	private Button cancelButton;
	private Button runArmedButton;
	private Button repeatAsLeftButton;
	private LoopTrend loopTrend;
	private @Nullable CheckRun running;
	private LivePanel live;
	private NotesPanel notes;
	private Action undo;
	private @Nullable EditorCampaign campaign;
	private @Nullable Check check;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		title = new Label(parent, SWT.NONE);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		facts = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(facts);
		banner = new Label(parent, SWT.WRAP);
		banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		steps = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		StepColumns.install(steps);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 140).applyTo(steps.getControl());
		steps.addSelectionChangedListener(e -> updateEnablement());
		Composite runBar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(runBar);
		runButton = button(runBar, RUN, this::run);
		runButton.setToolTipText("Run the check's automated steps on the plant editor's live connection "
				+ "(writes are not armed: steps that need one wait)");
		createArmedButtons(runBar);
		pauseButton = button(runBar, PAUSE, this::pauseRun);
		cancelButton = button(runBar, CANCEL, this::cancelRun);
		addEvidenceButton(runBar);
		actions = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(actions);
		button(PASS_STEP, () -> passStep(selectedStep()));
		button(FAIL_STEP, () -> withStep(s -> ask("Fail step", "Why does step " + StepColumns.text(s, 0) + " fail?")
				.ifPresent(r -> failStep(s, r))));
		button(SKIP_STEP, () -> withStep(s -> ask("Skip step", "Why is step " + StepColumns.text(s, 0) + " skipped?")
				.ifPresent(r -> skipStep(s, r))));
		button(OBSERVED, () -> withStep(s -> askObserved(s).ifPresent(v -> observe(s, v))));
		button(PASS_CHECK, this::passCheck);
		button(FAIL_CHECK, () -> ask("Fail check", "Why does the check fail?").ifPresent(this::failCheck));
		button(SKIP_CHECK, () -> ask("Skip check", "Why is the check skipped?").ifPresent(this::skipCheck));
		button(AS_LEFT, this::requestAsLeft);
		message = new Label(parent, SWT.WRAP);
		message.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		loopTrend = new LoopTrend(parent);
		Composite lower = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(lower);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(lower);
		live = new LivePanel(lower);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(live.control());
		notes = new NotesPanel(lower);
		notes.addButton().addListener(SWT.Selection, e -> addTypedComment());
		notes.newComment().addListener(SWT.DefaultSelection, e -> addTypedComment());
		notes.attachButton().addListener(SWT.Selection, e -> chooseAttachment());
		undo = new Action("Undo") {
			@Override
			public void run() {
				undo();
			}
		};
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		follower.start();
	}

	/** Shows {@code shown} of {@code owner}'s campaign (null: nothing), following the campaign's changes. UI thread. */
	public void show(@Nullable EditorCampaign owner, @Nullable Check shown) {
		follower.showing(owner, shown);
		campaign = owner;
		check = shown;
		message.setText("");
		refresh();
		Plant plant = owner == null ? null : owner.editor().getLoaded().plant();
		LiveModel model = owner == null ? null : Adapters.adapt(owner.editor(), LiveModel.class);
		live.show(model, shown == null || plant == null ? List.of() : CheckSubjects.signalsOf(shown, plant));
		loopTrend.show(model, plant, shown);
	}

	public @Nullable Check check() {
		return check;
	}

	public @Nullable EditorCampaign campaign() {
		return campaign;
	}

	public TableViewer steps() {
		return steps;
	}

	public String titleText() {
		return title.getText();
	}

	public String factsText() {
		return facts.getText();
	}

	/** The read-only banner (approved campaign, signed check), empty when the check can be edited. */
	public String bannerText() {
		return banner.getText();
	}

	/** Why the last action was refused, or empty. */
	public String messageText() {
		return message.getText();
	}

	/** The live values as shown, one line per signal: tag, value, quality, age (tab-separated). */
	public String liveText() {
		return live.text();
	}

	/** The mini trend of the last minute. */
	public org.twinworks.ui.live.trends.TrendCanvas trend() {
		return live.trend();
	}

	/**
	 * Runs the shown check's automated steps in a Job on the editor's live connection, each decided step saved and
	 * shown; refused (with the reason in the view) when a run is active, the campaign is read-only or the editor is
	 * not connected.
	 */
	public boolean run() {
		return start(Duration.ZERO);
	}

	private boolean start(Duration armFor) {
		String whyNot = whyNoRun();
		if (whyNot != null) {
			return refused(whyNot);
		}
		try {
			running = CheckRun.start(campaign, check, armFor, this::runEnded);
			message.setText("");
			return true;
		} catch (EditRefused e) {
			return refused(e.getMessage());
		} finally {
			updateEnablement();
		}
	}

	/** The Evidence button: the shown check's evidence records, each replayable, in the Evidence view. */
	private void addEvidenceButton(Composite bar) {
		((org.eclipse.swt.layout.GridLayout) bar.getLayout()).numColumns++;
		button(bar, EVIDENCE, this::openEvidence)
				.setToolTipText("Show the check's evidence records and replay the recording around each");
	}

	/** Opens the Evidence view on the shown check; returns it, or null when it cannot be opened. */
	public org.twinworks.commissioning.ui.evidence.@Nullable EvidenceView openEvidence() {
		try {
			var view = (org.twinworks.commissioning.ui.evidence.EvidenceView) getSite().getPage()
					.showView(org.twinworks.commissioning.ui.evidence.EvidenceView.ID);
			view.show(campaign, check);
			return view;
		} catch (org.eclipse.ui.PartInitException e) {
			refused("the Evidence view cannot be opened: " + e.getMessage());
			return null;
		}
	}

	private @Nullable String whyNoRun() {
		if (running != null) {
			return running.check().getId() + " is running: pause or cancel it first";
		}
		return campaign == null || check == null ? "select a check in the checklist, or a signal of the plant" : null;
	}

	private void createArmedButtons(Composite runBar) {
		runArmedButton = button(runBar, RUN_ARMED, this::runArmed);
		runArmedButton.setToolTipText("Confirm every write the check makes (old → new), arm writes once for the "
				+ "sequence and run it; the writes are audited beside the record");
		repeatAsLeftButton = button(runBar, REPEAT_AS_LEFT, this::repeatAsLeft);
		repeatAsLeftButton.setToolTipText("After an adjustment: repeat the loop's steps as as-left steps, run armed");
	}

	/**
	 * Lists every write the shown check's run will make, old → new with units, and runs it armed once the engineer
	 * confirmed (Arm and Run); without the confirmation nothing is armed and nothing written.
	 */
	public boolean runArmed() {
		String whyNot = whyNoRun();
		if (whyNot != null) {
			return refused(whyNot);
		}
		try {
			Optional<Duration> armFor = ArmedRunConfirmation.ask(getSite().getShell(), campaign, check);
			return armFor.isPresent() ? start(armFor.get()) : refused("not armed: nothing was written");
		} catch (EditRefused e) {
			return refused(e.getMessage());
		}
	}

	/** After an adjustment: the loop's as-found steps repeated as pending as-left steps, then run armed. */
	public boolean repeatAsLeft() {
		return requestAsLeft() && runArmed();
	}

	/** The loop check's trend (hidden for other checks). */
	public LoopTrend loopTrend() {
		return loopTrend;
	}

	/** The run in progress, or null. */
	public @Nullable CheckRun activeRun() {
		return running;
	}

	/** Pauses the run at the next wait of its step, or resumes it. */
	public void pauseRun() {
		if (running != null) {
			running.togglePause();
			updateEnablement();
		}
	}

	/** Cancels the run at the next wait; what it recorded is saved. */
	public void cancelRun() {
		if (running != null) {
			running.cancel();
		}
	}

	private void runEnded(CheckRun ended) {
		if (running == ended) {
			running = null;
		}
		if (title.isDisposed()) {
			return;
		}
		String why = ended.failure();
		message.setText(why == null ? "" : "The run of " + ended.check().getId() + " stopped: " + why);
		updateEnablement();
		title.getParent().layout(true, true);
	}

	public boolean passStep(@Nullable Step step) {
		return edit(step, s -> edits().passStep(check, s));
	}

	public boolean failStep(@Nullable Step step, String reason) {
		return edit(step, s -> edits().failStep(check, s, reason));
	}

	public boolean skipStep(@Nullable Step step, String reason) {
		return edit(step, s -> edits().skipStep(check, s, reason));
	}

	/** Enters the as-found value of an as-found step, the as-left value of an as-left step, or any observed value. */
	public boolean observe(@Nullable Step step, String value) {
		return edit(step, s -> edits().observe(check, s, value));
	}

	public boolean passCheck() {
		return edit(() -> edits().passCheck(check));
	}

	public boolean failCheck(String reason) {
		return edit(() -> edits().failCheck(check, reason));
	}

	public boolean skipCheck(String reason) {
		return edit(() -> edits().skipCheck(check, reason));
	}

	public boolean requestAsLeft() {
		return edit(() -> edits().requestAsLeft(check));
	}

	public boolean comment(String text) {
		return edit(() -> edits().comment(check, text));
	}

	/** Attaches a copy of {@code file}, hashed into the evidence chain. */
	public boolean attach(Path file) {
		return edit(() -> {
			try {
				edits().attach(check, file);
			} catch (IOException e) {
				throw new EditRefused("could not attach " + file + ": " + e.getMessage());
			}
		});
	}

	/** Undoes the last edit of this campaign (Ctrl+Z while the view is active). */
	public boolean undo() {
		return edit(() -> edits().undo());
	}

	private interface Edit {
		void run() throws EditRefused;
	}

	private interface StepEdit {
		void run(Step step) throws EditRefused;
	}

	private boolean edit(@Nullable Step step, StepEdit edit) {
		if (step == null) {
			return refused("select a step first");
		}
		return edit(() -> edit.run(step));
	}

	private boolean edit(Edit edit) {
		if (campaign == null || check == null) {
			return refused("select a check in the checklist, or a signal of the plant");
		}
		if (running != null) {
			return refused(running.check().getId() + " is running: cancel the run before editing by hand");
		}
		try {
			edit.run();
			message.setText("");
			return true;
		} catch (EditRefused e) {
			return refused(e.getMessage());
		} finally {
			if (!title.isDisposed()) {
				refresh();
			}
		}
	}

	private boolean refused(String why) {
		message.setText(why);
		message.getParent().layout(new org.eclipse.swt.widgets.Control[]{message});
		return false;
	}

	private CheckEdits edits() {
		return CheckEdits.of(campaign);
	}

	private void refresh() {
		Check shown = check;
		if (shown == null) {
			title.setText(campaign == null ? "No plant editor with a campaign" : "No check selected");
			facts.setText("Select a check in the checklist, or a signal or equipment of the plant.");
			banner.setText("");
			steps.setInput(List.of());
		} else {
			title.setText(shown.getTitle() == null ? shown.getId() : shown.getTitle());
			facts.setText(facts(shown));
			String refusal = campaign == null ? null : edits().refusal(shown);
			banner.setText(refusal == null ? "" : "Read-only: " + refusal);
			steps.setInput(List.copyOf(shown.getSteps()));
		}
		notes.show(shown);
		loopTrend.refresh();
		updateEnablement();
		title.getParent().layout(true, true);
	}

	private static String facts(Check check) {
		StringBuilder text = new StringBuilder();
		text.append(check.getKind().getLiteral().toUpperCase(Locale.ROOT)).append(" check of ").append(check.getTag())
				.append(" (subject ").append(check.getSubject()).append(")");
		if (check.getEquipment() != null && !check.getEquipment().isEmpty()) {
			text.append(", equipment ").append(check.getEquipment());
		}
		text.append(" — state ").append(check.getState().getName().toLowerCase(Locale.ROOT).replace('_', ' '));
		if (check.getReason() != null) {
			text.append(": ").append(check.getReason());
		}
		if (check.isObsolete()) {
			text.append(" — obsolete: ").append(check.getObsoleteReason());
		}
		return text.toString();
	}

	private void updateEnablement() {
		boolean editable = running == null && campaign != null && check != null && edits().refusal(check) == null;
		runButton.setEnabled(running == null && check != null);
		runArmedButton.setEnabled(running == null && check != null);
		repeatAsLeftButton.setEnabled(editable && check.getKind() == CheckKind.LOOP);
		loopTrend.setRunActive(running != null && running.check() == check);
		pauseButton.setEnabled(running != null);
		pauseButton.setText(running != null && running.paused() ? RESUME : PAUSE);
		cancelButton.setEnabled(running != null);
		for (var child : actions.getChildren()) {
			child.setEnabled(editable);
		}
		notes.setEnabled(editable);
		undo.setEnabled(campaign != null && edits().canUndo());
		String label = campaign == null ? null : edits().undoLabel();
		undo.setText(label == null ? "Undo" : "Undo " + label);
	}

	private @Nullable Step selectedStep() {
		return steps.getStructuredSelection().getFirstElement() instanceof Step step ? step : null;
	}

	private void button(String text, Runnable action) {
		button(actions, text, action);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void addTypedComment() {
		if (comment(notes.newComment().getText())) {
			notes.newComment().setText("");
		}
	}

	private void chooseAttachment() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
		dialog.setText("Attach a file to " + (check == null ? "the check" : check.getId()));
		String chosen = dialog.open();
		if (chosen != null) {
			attach(Path.of(chosen));
		}
	}

	private java.util.Optional<String> ask(String dialogTitle, String question) {
		InputDialog dialog = new InputDialog(getSite().getShell(), dialogTitle, question, "",
				text -> text.isBlank() ? "A reason is needed" : null);
		return dialog.open() == IDialogConstants.OK_ID
				? java.util.Optional.of(dialog.getValue())
				: java.util.Optional.empty();
	}

	private java.util.Optional<String> askObserved(Step step) {
		return ask("Enter the " + StepColumns.phase(step) + " value",
				"The value read for step " + StepColumns.text(step, 0) + " (expected: " + step.getExpected() + ")");
	}

	private void withStep(java.util.function.Consumer<Step> action) {
		Step step = selectedStep();
		if (step == null) {
			refused("select a step first");
		} else {
			action.accept(step);
		}
	}

	@Override
	public void setFocus() {
		steps.getControl().setFocus();
	}

	@Override
	public void dispose() {
		follower.close();
		if (running != null) {
			running.cancel(); // the job saves what the check recorded
		}
		live.dispose();
		loopTrend.dispose();
		super.dispose();
	}
}
