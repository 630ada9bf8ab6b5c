// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.engine;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.evidence.EvidenceSink;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.Observation;
import org.twinworks.commissioning.record.Session;
import org.twinworks.commissioning.record.Step;
import org.twinworks.commissioning.record.Verdict;
import org.twinworks.live.GuardedWriter;
import org.twinworks.live.WriteArming;
import org.twinworks.live.SignalValue;
import org.twinworks.live.WriteResult;
import org.twinworks.model.Binding;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/**
 * What a running check works with: the plant's values, guarded writes (only when armed), the stimulus (when the server
 * offers one) and the record, which every thread changes only under one lock so the record can be saved mid-run.
 */
final class StepContext {
	/** How much of the recording around an observation a reviewer replays. */
	static final Duration RECORDING_MARGIN = Duration.ofSeconds(5);

	final Plant plant;
	final PlantView view;
	final RunOptions options;
	final Clock clock;
	final RunControl control;
	private final Map<Signal, Binding> bindings;
	private final @Nullable GuardedWriter writer;
	private final @Nullable WriteArming arming;
	private final @Nullable Stimulus stimulus;
	private final EvidenceSink sink;
	private final Session session;
	private final Object recordLock;
	private final RunListener listener;

	StepContext(Plant plant, PlantView view, RunOptions options, Clock clock, RunControl control,
			Map<Signal, Binding> bindings, @Nullable GuardedWriter writer, @Nullable WriteArming arming,
			@Nullable Stimulus stimulus, EvidenceSink sink, Session session, Object recordLock, RunListener listener) {
		this.plant = plant;
		this.view = view;
		this.options = options;
		this.clock = clock;
		this.control = control;
		this.bindings = bindings;
		this.writer = writer;
		this.arming = arming;
		this.stimulus = stimulus;
		this.sink = sink;
		this.session = session;
		this.recordLock = recordLock;
		this.listener = listener;
	}

	@Nullable
	Binding binding(Signal signal) {
		return bindings.get(signal);
	}

	boolean canWrite() {
		return writer != null;
	}

	boolean canStimulate() {
		return stimulus != null;
	}

	/** A guarded write; refused (never sent) when writes are not armed. */
	WriteResult write(Signal signal, Object value) throws IOException, StepBlocked {
		Binding binding = bindings.get(signal);
		if (binding == null) {
			throw new StepBlocked(signal.getTag() + " is not bound: it cannot be written");
		}
		if (writer == null) {
			throw new StepBlocked("writes are not armed (arm them for the run, e.g. --arm-writes 30)");
		}
		if (arming != null && !arming.isArmed()) {
			// an expired arming is not a fault of the plant: the step waits for the next armed run
			throw new StepBlocked("the armed time for writes ran out (arm them longer, e.g. --arm-writes 60)");
		}
		return writer.write(binding, value);
	}

	/**
	 * Gives a signal back the value it had before the check; when that is not possible the check says so, so
	 * nobody believes the plant was left as found.
	 */
	void restore(Check check, Signal signal, @Nullable Object value) {
		if (value == null) {
			return;
		}
		String problem;
		try {
			WriteResult result = write(signal, value);
			problem = result.isOk() ? null : result.outcome().name().toLowerCase() + ": " + result.detail();
		} catch (IOException | StepBlocked e) {
			problem = e.getMessage();
		}
		if (problem != null) {
			comment(check, signal.getTag() + " could not be given back its value before the check (" + value + "): "
					+ problem + ". It is left as the check left it.");
		}
	}

	void force(Signal signal, double value) throws StepBlocked {
		if (stimulus == null) {
			throw new StepBlocked("no stimulus: the step is done in the field");
		}
		try {
			stimulus.force(signal.getTag(), value);
		} catch (Exception e) {
			throw new StepBlocked("the stimulus of " + signal.getTag() + " failed: " + e.getMessage());
		}
	}

	void release(Signal signal) {
		if (stimulus != null) {
			try {
				stimulus.release(signal.getTag());
			} catch (Exception e) {
				// the next force or the end of the run releases it; the step's verdict does not depend on it
			}
		}
	}

	/** Bypasses the interlock when the stimulus can; false when it cannot (a real plant: the engineer's permit). */
	boolean bypass(String interlockTag, boolean bypassed) {
		if (stimulus == null) {
			return false;
		}
		try {
			stimulus.bypass(interlockTag, bypassed);
			return true;
		} catch (Exception e) {
			return false;
		}
	}

	/** A comment on the check, e.g. what the engine did around its steps. */
	void comment(Check check, String text) {
		org.twinworks.commissioning.record.Comment comment = CommissioningFactory.eINSTANCE.createComment();
		comment.setAuthor(options.user());
		comment.setTime(clock.instant().toString());
		comment.setText(text);
		synchronized (recordLock) {
			check.getComments().add(comment);
		}
	}

	/** Records what {@code signal} shows now (or {@code value}) as evidence of {@code step}, into the chain too. */
	Observation observe(Check check, Step step, Signal signal, String role, @Nullable SignalValue value)
			throws IOException {
		Observation observation = CommissioningFactory.eINSTANCE.createObservation();
		observation.setRole(role);
		observation.setSignal(org.twinworks.commissioning.plan.PlantElements.idOf(signal));
		observation.setTag(signal.getTag());
		Binding binding = bindings.get(signal);
		observation.setNodeId(binding == null ? null : binding.getNodeId());
		SignalValue shown = value != null ? value : view.latest(signal).orElse(null);
		if (shown != null) {
			observation.setValue(shown.value() == null ? null : String.valueOf(shown.value()));
			observation.setStatusCode(shown.statusCode());
			observation.setStatus(shown.status());
			observation.setSourceTime(shown.sourceTime() == null ? null : shown.sourceTime().toString());
			observation.setServerTime(shown.serverTime() == null ? null : shown.serverTime().toString());
		} else {
			observation.setStatus("no value received");
		}
		Instant now = clock.instant();
		observation.setCapturedAt(now.toString());
		observation.setSession(session);
		observation.setUser(options.user());
		observation.setRecordingFrom(now.minus(RECORDING_MARGIN).toString());
		observation.setRecordingTo(now.plus(RECORDING_MARGIN).toString());
		synchronized (recordLock) {
			int index = check.getSteps().indexOf(step);
			// into the chain first: the record never holds evidence the chain does not
			observation.setChainIndex(sink.append("observation", CanonicalContent.of(observation, check, index)));
			step.getEvidence().add(observation);
		}
		return observation;
	}

	void verdict(Step step, Verdict verdict, @Nullable String observed, @Nullable String note) {
		synchronized (recordLock) {
			step.setVerdict(verdict);
			step.setObserved(observed);
			step.setNote(note);
		}
		if (step.eContainer() instanceof Check check) {
			listener.stepDecided(check, step);
		}
	}

	Optional<SignalValue> latest(Signal signal) {
		return view.latest(signal);
	}

	Object recordLock() {
		return recordLock;
	}
}
