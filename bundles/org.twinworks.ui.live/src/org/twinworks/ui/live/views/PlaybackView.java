// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.core.runtime.Adapters;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.RecordingTarget;
import org.twinworks.ui.live.LiveModelListener;
import org.twinworks.ui.live.LiveRecording;
import org.twinworks.ui.live.LiveText;
import org.twinworks.ui.live.Replay;

/**
 * Record a live model to a file, open a recording and play it back through the model's own store (so the
 * diagram, I/O list, tree and trends show the recorded instant): a timeline scrubber, play at 1× or faster,
 * pause. A model is either live or playing back, never both: the banner says which, Open Recording waits for a
 * disconnect and Connect waits for Back to Live. Acts on the active plant editor's model.
 */
public final class PlaybackView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.playback";
	public static final String RECORD = "Record";
	public static final String STOP_RECORDING = "Stop Recording";
	public static final String OPEN = "Open Recording…";
	public static final String BACK_TO_LIVE = "Back to Live";
	public static final String PLAY = "Play 1×";
	public static final String PLAY_FAST = "Play 10×";
	public static final String PAUSE = "Pause";
	public static final int TIMELINE_STEPS = 1000;

	private final Runnable connectionsChanged = this::refresh;
	private final LiveModelListener liveListener = update -> refresh();
	private Label banner;
	private Button record;
	private Button open;
	private Button backToLive;
	private Button play;
	private Button playFast;
	private Button pause;
	private Scale timeline;
	private Label position;
	private LiveModel model;
	private Function<Boolean, Path> fileChooser = this::askFile;
	private TimelineStrip strip;
	private final TimelineMarkersJob.Tracker markers = new TimelineMarkersJob.Tracker();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		banner = new Label(parent, SWT.NONE);
		banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 2).applyTo(buttons);
		record = button(buttons, RECORD, this::toggleRecording);
		open = button(buttons, OPEN, this::openRecording);
		backToLive = button(buttons, BACK_TO_LIVE, () -> model.closeReplay());
		play = button(buttons, PLAY, () -> model.replay().play(1));
		playFast = button(buttons, PLAY_FAST, () -> model.replay().play(10));
		pause = button(buttons, PAUSE, () -> model.replay().pause());
		Composite line = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).applyTo(line);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
		timeline = new Scale(line, SWT.HORIZONTAL);
		timeline.setMaximum(TIMELINE_STEPS);
		timeline.addListener(SWT.Selection, e -> scrubTo(timeline.getSelection()));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(timeline);
		position = new Label(line, SWT.NONE);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(position);
		strip = new TimelineStrip(line, this::seekTo);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(strip);
		new Label(line, SWT.NONE);
		LiveConnections.get().addListener(connectionsChanged);
		refresh();
	}

	private Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			action.run();
			refresh();
		});
		return button;
	}

	/** Where Record and Open Recording take their file from (a file dialog; tests answer it themselves). */
	public void setFileChooser(Function<Boolean, Path> chooser) {
		fileChooser = chooser;
	}

	/** The model acted on. */
	public LiveModel model() {
		return model;
	}

	public String bannerText() {
		return banner.getText();
	}

	/** The strip of markers under the scrubber. */
	public TimelineStrip strip() {
		return strip;
	}

	/** Seeks to {@code time}, as a click on a marker does, and moves the scrubber there. */
	public void seekTo(Instant time) {
		Replay replay = model == null ? null : model.replay();
		if (replay == null || replay.start() == null) {
			return;
		}
		replay.seek(time);
		long span = Math.max(1, Duration.between(replay.start(), replay.end()).toMillis());
		timeline.setSelection(
				(int) (Duration.between(replay.start(), replay.position()).toMillis() * TIMELINE_STEPS / span));
		refresh();
	}

	/** Moves the scrubber to {@code step} of {@link #TIMELINE_STEPS}, as dragging it does. */
	public void scrubTo(int step) {
		Replay replay = model == null ? null : model.replay();
		if (replay == null || replay.start() == null) {
			return;
		}
		long span = Duration.between(replay.start(), replay.end()).toMillis();
		replay.seek(replay.start().plusMillis(span * step / TIMELINE_STEPS));
		timeline.setSelection(step);
		refresh();
	}

	/** Re-reads the model's state (on connection changes and once per UI batch of the model). */
	public void refresh() {
		if (banner.isDisposed()) {
			return;
		}
		follow(activeModel());
		boolean replaying = model != null && model.replay() != null;
		LiveRecording recording = model == null ? null : model.recording();
		record.setText(recording != null ? STOP_RECORDING : RECORD);
		record.setEnabled(model != null && (recording != null || model.live()));
		open.setEnabled(model != null && !model.live() && recording == null);
		open.setToolTipText(
				model != null && model.live() ? "Disconnect first: a model is either live or playing back" : null);
		backToLive.setEnabled(replaying);
		play.setEnabled(replaying);
		playFast.setEnabled(replaying);
		pause.setEnabled(replaying && model.replay().isPlaying());
		timeline.setEnabled(replaying);
		showBanner(replaying, recording);
		markers.follow(replaying ? model.replay() : null, model == null ? null : model.plant(), strip);
		if (replaying) {
			Replay replay = model.replay();
			Instant at = replay.position();
			position.setText(
					LiveText.time(at) + " of " + LiveText.time(replay.start()) + "–" + LiveText.time(replay.end()));
			if (replay.isPlaying() && replay.start() != null) {
				long span = Math.max(1, Duration.between(replay.start(), replay.end()).toMillis());
				timeline.setSelection((int) (Duration.between(replay.start(), at).toMillis() * TIMELINE_STEPS / span));
			}
		} else {
			position.setText(recording != null ? recording.records() + " values recorded" : "");
		}
	}

	private void showBanner(boolean replaying, LiveRecording recording) {
		int colour;
		String text;
		if (model == null) {
			text = " No plant model open";
			colour = SWT.COLOR_DARK_GRAY;
		} else if (replaying) {
			Replay replay = model.replay();
			text = " PLAYBACK — " + replay.file().getFileName()
					+ (replay.isPlaying() ? ", playing at " + speed(replay) : ", paused")
					+ " · recorded values, not live (connecting is off until Back to Live)";
			colour = SWT.COLOR_DARK_BLUE;
		} else if (recording != null) {
			text = " LIVE · RECORDING to " + recording.file().getFileName();
			colour = SWT.COLOR_DARK_RED;
		} else if (model.live()) {
			text = " LIVE — " + model.plant().getName();
			colour = SWT.COLOR_DARK_GREEN;
		} else {
			text = " OFFLINE — " + model.plant().getName() + " (connect to record, or open a recording)";
			colour = SWT.COLOR_DARK_GRAY;
		}
		if (!text.equals(banner.getText())) {
			banner.setText(text);
			banner.setBackground(banner.getDisplay().getSystemColor(colour));
			banner.getParent().layout(true, true);
		}
	}

	private static String speed(Replay replay) {
		return replay.speed() == Math.rint(replay.speed()) ? (int) replay.speed() + "×" : replay.speed() + "×";
	}

	private void follow(LiveModel active) {
		if (active == model) {
			return;
		}
		if (model != null) {
			model.removeListener(liveListener);
		}
		model = active;
		if (model != null) {
			model.addListener(liveListener);
		}
	}

	private LiveModel activeModel() {
		LiveModel active = Adapters.adapt(getSite().getPage().getActiveEditor(), LiveModel.class);
		if (active != null) {
			return active;
		}
		return model != null && LiveConnections.get().model(model.plant()) == model ? model : null;
	}

	private void toggleRecording() {
		try {
			if (model.recording() != null) {
				model.stopRecording();
			} else {
				Path file = fileChooser.apply(true);
				if (file != null) {
					model.startRecording(file);
				}
			}
		} catch (IOException | IllegalStateException e) {
			failed("Recording", e);
		}
		refresh();
	}

	private void openRecording() {
		Path file = fileChooser.apply(false);
		if (file == null) {
			return;
		}
		try {
			model.openRecording(file);
		} catch (IOException | IllegalStateException e) {
			failed("Open Recording", e);
		}
		refresh();
	}

	private Path askFile(boolean save) {
		FileDialog dialog = new FileDialog(getSite().getShell(), save ? SWT.SAVE : SWT.OPEN);
		dialog.setFilterExtensions(new String[]{"*.twinrec", "*.*"});
		if (save) {
			dialog.setFileName(model.plant().getName().replaceAll("\\W+", "-") + "-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".twinrec");
			// not the dialog's "replace?": an existing recording is appended to or kept beside a new one
			dialog.setOverwrite(false);
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		return save ? RecordingTarget.ask(getSite().getShell(), Path.of(chosen)) : Path.of(chosen);
	}

	private void failed(String what, Exception e) {
		ILog.of(PlaybackView.class).warn(what + " failed: " + e.getMessage());
		MessageDialog.openError(getSite().getShell(), what, e.getMessage());
	}

	@Override
	public void setFocus() {
		record.setFocus();
	}

	@Override
	public void dispose() {
		LiveConnections.get().removeListener(connectionsChanged);
		markers.follow(null, null, strip);
		if (model != null) {
			model.removeListener(liveListener);
		}
		super.dispose();
	}
}
