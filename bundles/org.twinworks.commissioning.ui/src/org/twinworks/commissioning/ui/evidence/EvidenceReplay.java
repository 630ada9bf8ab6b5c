// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.RunRecordings;
import org.twinworks.live.RecordedValue;
import org.twinworks.live.Recording;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.Replay;
import org.twinworks.ui.live.views.PlaybackView;

/**
 * Replays the moment of one evidence record: the run's recording opened in the plant editor's own playback (the
 * Playback view's), paused at the instant the recording first holds the value the engineer saw. Every reason it cannot
 * is an {@link Outcome} to show, never an exception: a missing recording is a fact of the record, not an error.
 */
public final class EvidenceReplay {
	/** The segment shown around a record whose segment the engine did not note. */
	static final Duration MARGIN = Duration.ofSeconds(30);
	/**
	 * How far a capture may lie outside the recording's arrivals and still be held by it: the recorder stamps batches
	 * when they are delivered, and its first batch (the values at the start) may be stamped just after the run's
	 * first capture.
	 */
	private static final Duration LATE_ARRIVAL = Duration.ofSeconds(2);

	/** What Replay did: positioned (at {@code position}) or not, and the sentence to show either way. */
	public record Outcome(boolean replayed, String message, @Nullable Instant position) {
		static Outcome refused(String message) {
			return new Outcome(false, message, null);
		}
	}

	private EvidenceReplay() {
	}

	/** Opens the recording of {@code row} in {@code owner}'s editor, positioned on its moment. UI thread. */
	public static Outcome replay(EditorCampaign owner, EvidenceRow row) {
		Observation observation = row.observation();
		Instant captured = instant(observation.getCapturedAt());
		if (captured == null) {
			return Outcome.refused("This record has no capture time to replay.");
		}
		String moment = "the moment of " + observation.getTag() + " at " + observation.getCapturedAt();
		Optional<Path> file = observation.getSession() == null
				? Optional.empty()
				: RunRecordings.of(owner.recordFile(), observation.getSession());
		if (file.isEmpty()) {
			return Outcome.refused("No recording holds " + moment
					+ (observation.getSession() == null || observation.getSession().getRecording() == null
							? ": its run recorded none."
							: ": " + observation.getSession().getRecording() + " is not beside the record."));
		}
		Recording recording;
		try {
			recording = Recording.read(file.get());
		} catch (IOException e) {
			return Outcome.refused("The recording " + file.get().getFileName() + " cannot be read: " + e.getMessage());
		}
		if (recording.values().isEmpty() || captured.isBefore(recording.values().get(0).arrival().minus(LATE_ARRIVAL))
				|| captured.isAfter(recording.values().getLast().arrival().plus(LATE_ARRIVAL))) {
			return Outcome.refused("No recording holds " + moment + ": " + file.get().getFileName()
					+ (recording.values().isEmpty()
							? " is empty."
							: " covers " + recording.values().get(0).arrival() + " to "
									+ recording.values().getLast().arrival() + "."));
		}
		LiveModel model = Adapters.adapt(owner.editor(), LiveModel.class);
		if (model == null) {
			return Outcome.refused("The plant editor has no playback.");
		}
		if (model.live()) {
			return Outcome.refused("Disconnect " + model.plant().getName() + " to replay " + moment
					+ ": a model is either live or playing back, never both.");
		}
		Instant target = arrivalOfSeenValue(recording, observation, captured);
		Replay replay = model.replay();
		try {
			if (replay == null || !replay.file().equals(file.get())) {
				replay = model.openRecording(file.get());
			}
		} catch (IOException | IllegalStateException e) {
			return Outcome
					.refused("The recording " + file.get().getFileName() + " cannot be played: " + e.getMessage());
		}
		replay.pause();
		replay.seek(target);
		showPlayback(owner.editor().getSite().getPage());
		return new Outcome(true, "Replaying " + file.get().getFileName() + " at " + target + " (segment "
				+ segment(observation, captured) + "): " + observation.getTag() + " was " + observation.getValue(),
				target);
	}

	/**
	 * The arrival of the recorded value the engineer saw (same signal, source time and value, not after the capture
	 * by more than a batch), so the playback shows that value; the capture time when the recording has no such value.
	 */
	static Instant arrivalOfSeenValue(Recording recording, Observation observation, Instant captured) {
		Instant latest = captured.plus(LATE_ARRIVAL);
		Instant found = null;
		for (RecordedValue value : recording.values()) {
			if (value.arrival().isAfter(latest)) {
				break;
			}
			if (Objects.equals(value.tag(), observation.getTag()) && sameValue(value, observation)) {
				found = value.arrival();
			}
		}
		return found != null ? found : captured;
	}

	private static boolean sameValue(RecordedValue recorded, Observation observation) {
		String source = recorded.value().sourceTime() == null ? null : recorded.value().sourceTime().toString();
		String value = recorded.value().value() == null ? null : String.valueOf(recorded.value().value());
		return Objects.equals(source, observation.getSourceTime()) && Objects.equals(value, observation.getValue());
	}

	/** The segment the engine noted around the record, or {@link #MARGIN} either side of it. */
	static String segment(Observation observation, Instant captured) {
		Instant from = instant(observation.getRecordingFrom());
		Instant to = instant(observation.getRecordingTo());
		return (from == null ? captured.minus(MARGIN) : from) + " to " + (to == null ? captured.plus(MARGIN) : to);
	}

	private static @Nullable Instant instant(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Instant.parse(text);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	private static void showPlayback(IWorkbenchPage page) {
		try {
			PlaybackView view = (PlaybackView) page.showView(PlaybackView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			view.refresh();
		} catch (PartInitException e) {
			// the model plays back all the same: the diagram, I/O list and trends show the recorded instant
		}
	}
}
