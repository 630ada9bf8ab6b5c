// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.loop;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.engine.PlannedWrites;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.live.SignalValue;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveModelListener;
import org.twinworks.ui.live.LiveUpdate;

/**
 * The loop check runner's trend: the loop's output, the final element's feedback and the measurement over the last
 * minutes, each in % of its own range, with each written step's tolerance band: shaded while the feedback settles,
 * outlined once it settled, and a marker where it settled. Shown only for loop checks; redrawn once per UI batch of
 * the live model when one of its signals changed, and when the record changes.
 */
public final class LoopTrend {
	/** Long enough for a whole 0/25/50/75/100 % sequence of a slow valve. */
	static final Duration SPAN = Duration.ofSeconds(150);

	private final Group group;
	private final Canvas canvas;
	private final LiveModelListener listener = this::liveChanged;
	private @Nullable LiveModel model;
	private @Nullable Check check;
	private @Nullable ControlLoop loop;
	private Map<String, Signal> series = Map.of();
	private List<StepBand> bands = List.of();
	private boolean runActive;
	private long paints;

	public LoopTrend(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText("Loop check");
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(group);
		canvas = new Canvas(group, SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 150).applyTo(canvas);
		canvas.addPaintListener(e -> {
			paints++;
			new LoopTrendPainter(e.gc, canvas.getClientArea(), now(), SPAN).paint(samples(), bands, series);
		});
		GridDataFactory.fillDefaults().grab(true, true).exclude(true).applyTo(group);
		group.setVisible(false);
	}

	public Group control() {
		return group;
	}

	public Canvas canvas() {
		return canvas;
	}

	/** Shows the trend of {@code shown} when it is a loop check of {@code plant}; hides it otherwise. UI thread. */
	public void show(@Nullable LiveModel live, @Nullable Plant plant, @Nullable Check shown) {
		if (live != model) {
			if (model != null) {
				model.removeListener(listener);
			}
			model = live;
			if (model != null) {
				model.addListener(listener);
			}
		}
		check = shown;
		loop = shown != null && shown.getKind() == CheckKind.LOOP && plant != null
				&& PlannedWrites.subjectOf(plant, shown) instanceof ControlLoop found ? found : null;
		Map<String, Signal> roles = new LinkedHashMap<>();
		if (loop != null && loop.getOutput() != null) {
			roles.put("output", loop.getOutput());
			Signal feedback = org.twinworks.commissioning.plan.PlantElements.feedbackOf(loop.getOutput());
			roles.put("feedback", feedback == null ? loop.getOutput() : feedback);
			if (loop.getMeasuredValue() != null) {
				roles.put("measurement", loop.getMeasuredValue());
			}
			group.setText("Loop check " + loop.getTag() + ": output " + loop.getOutput().getTag() + ", feedback "
					+ roles.get("feedback").getTag()
					+ (loop.getMeasuredValue() == null ? "" : ", measurement " + loop.getMeasuredValue().getTag()));
		}
		series = roles;
		boolean visible = loop != null;
		if (visible != group.getVisible()) {
			((org.eclipse.swt.layout.GridData) group.getLayoutData()).exclude = !visible;
			group.setVisible(visible);
			group.getParent().layout(true, true);
		}
		refresh();
	}

	/**
	 * Works out the bands again from the record; call it when the record changed, holding the engine's record lock
	 * while a run is active (the record is read here, never while painting).
	 */
	public void refresh() {
		bands = check == null || loop == null ? List.of() : StepBand.of(check, loop, runActive);
		canvas.redraw();
	}

	/** Whether a run is at the shown check now (its current step's band is drawn while it settles). */
	public void setRunActive(boolean active) {
		if (active != runActive) {
			runActive = active;
			refresh();
		}
	}

	/** The bands as last worked out, in step order. */
	public List<StepBand> bands() {
		return bands;
	}

	/** Per series (output, feedback, measurement) the values the trend holds for the shown window. */
	public Map<String, List<SignalValue>> samples() {
		Map<String, List<SignalValue>> samples = new LinkedHashMap<>();
		Instant from = now().minus(SPAN);
		for (Map.Entry<String, Signal> entry : series.entrySet()) {
			List<SignalValue> history = model == null ? List.of() : model.store().history(entry.getValue());
			samples.put(entry.getKey(),
					history.stream().filter(
							v -> !LoopTrendPainter.time(v).isBefore(from) || v == history.get(history.size() - 1))
							.toList());
		}
		return samples;
	}

	public long paints() {
		return paints;
	}

	public void dispose() {
		if (model != null) {
			model.removeListener(listener);
			model = null;
		}
	}

	private Instant now() {
		return model == null ? Instant.now() : model.now();
	}

	private void liveChanged(LiveUpdate update) {
		if (canvas.isDisposed() || loop == null || !group.getVisible()) {
			return;
		}
		if (update.everything() || series.values().stream().anyMatch(update.values()::contains)) {
			canvas.redraw();
		}
	}
}
