// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.twinworks.live.MinMaxHistory;
import org.twinworks.live.ValueStore;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveModelListener;
import org.twinworks.ui.live.LiveText;
import org.twinworks.ui.live.LiveUpdate;
import org.twinworks.ui.live.PrimarySignals;
import org.twinworks.ui.live.trends.TrendCanvas;
import org.twinworks.ui.live.trends.TrendSeries;

/**
 * Trends of the signals selected in the tree, the I/O list or on a diagram, from the model's working memory
 * (the store's history ring), live or at the playback position. The histories are re-read only for plotted
 * signals a UI batch names, and the canvas is asked to repaint at most once per batch, never per value.
 */
public final class TrendView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.trends";
	public static final String FOLLOW = "Follow Live";
	/** Enough lines to compare, few enough to read. */
	static final int MAX_SIGNALS = 20;
	private static final long ENVELOPE_REREAD = ValueStore.ENVELOPE_BUCKET.toNanos();

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final LiveModelListener liveListener = this::liveChanged;
	private final Runnable connectionsChanged = this::releaseClosedModel;
	/** The min/max tiers this view asked the store to keep, given back when the plot changes or the view closes. */
	private final List<AutoCloseable> trends = new ArrayList<>();
	/** The tiers as last read, with when: a tier only changes where the raw line covers it, so once a second will do. */
	private final Map<Signal, MinMaxHistory.Envelope> envelopes = new HashMap<>();
	private long envelopesRead;
	private Label header;
	private TrendCanvas canvas;
	private IAction follow;
	private LiveModel model;
	private List<Signal> signals = List.of();

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
		header = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(header);
		canvas = new TrendCanvas(parent, () -> model == null ? System.currentTimeMillis() : model.now().toEpochMilli());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas.control());
		follow = new Action(FOLLOW, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				canvas.window().follow(isChecked());
				canvas.redraw();
			}
		};
		follow.setChecked(true);
		follow.setToolTipText("Keep the newest values in view (zooming to a range stops following)");
		canvas.onWindowChanged(() -> follow.setChecked(canvas.window().following()));
		getViewSite().getActionBars().getToolBarManager().add(follow);
		getSite().getPage().addSelectionListener(selectionListener);
		LiveConnections.get().addListener(connectionsChanged);
		selectionChanged(null, getSite().getPage().getSelection());
		updateHeader();
	}

	/** Plots {@code chosen} (at most {@link #MAX_SIGNALS}) from their model's working memory. UI thread. */
	public void show(List<Signal> chosen) {
		List<Signal> plotted = chosen.stream().limit(MAX_SIGNALS).toList();
		LiveModel owner = plotted.isEmpty() ? null : modelOf(plotted.get(0));
		if (owner != model) {
			if (model != null) {
				model.removeListener(liveListener);
			}
			model = owner;
			if (model != null) {
				model.addListener(liveListener);
			}
		}
		signals = model == null ? List.of() : plotted.stream().filter(s -> modelOf(s) == model).toList();
		// the new holds first: a signal still plotted keeps its tier (and the hour in it)
		List<AutoCloseable> held = new ArrayList<>();
		for (Signal signal : signals) {
			held.add(model.store().trend(signal));
		}
		releaseTrends();
		trends.addAll(held);
		reloadAll();
		if (model != null && model.replay() != null && !signals.isEmpty()) {
			model.replay().refill(); // a playback's seek refilled the history of the signals trended then only
		}
		updateHeader();
	}

	public List<Signal> signals() {
		return signals;
	}

	public TrendCanvas canvas() {
		return canvas;
	}

	/** The line above the plot: what is shown and whether it is live or recorded. */
	public String headerText() {
		return header.getText();
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this || !(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return; // keep the plot when the selection moves to something that is not a signal
		}
		Set<Signal> chosen = new LinkedHashSet<>();
		for (Object o : structured.toList()) {
			if (o instanceof Signal s) {
				chosen.add(s);
			} else if (o instanceof Equipment e) {
				Set<Signal> bound = PrimarySignals.bound(plantOf(e));
				e.getSignals().stream().filter(bound::contains).forEach(chosen::add);
			}
		}
		if (!chosen.isEmpty()) {
			show(new ArrayList<>(chosen));
		}
	}

	private void liveChanged(LiveUpdate update) {
		if (canvas.control().isDisposed()) {
			return;
		}
		boolean any = update.everything();
		boolean readEnvelopes = update.everything() || System.nanoTime() - envelopesRead > ENVELOPE_REREAD;
		if (readEnvelopes) {
			envelopes.clear();
			envelopesRead = System.nanoTime();
		}
		List<TrendSeries> series = new ArrayList<>(canvas.series());
		for (int i = 0; i < series.size(); i++) {
			Signal signal = series.get(i).signal();
			if (update.everything() || update.values().contains(signal)) {
				series.set(i, series(signal));
				any = true;
			}
		}
		if (any) {
			canvas.setSeries(series);
			updateHeader();
		} else if (canvas.window().following() && !update.values().isEmpty()) {
			canvas.redraw(); // the time axis scrolls with the clock
		}
	}

	private void reloadAll() {
		envelopes.clear();
		envelopesRead = System.nanoTime();
		List<TrendSeries> series = new ArrayList<>();
		for (Signal signal : signals) {
			series.add(series(signal));
		}
		canvas.setSeries(series);
	}

	private TrendSeries series(Signal signal) {
		MinMaxHistory.Envelope envelope = envelopes.computeIfAbsent(signal, model.store()::envelope);
		return new TrendSeries(signal, model.store().history(signal), envelope);
	}

	/** The model's editor closed: nothing of it may stay reachable from this view. */
	private void releaseClosedModel() {
		if (model == null || canvas.control().isDisposed() || LiveConnections.get().model(model.plant()) == model) {
			return;
		}
		releaseTrends();
		model.removeListener(liveListener);
		model = null;
		signals = List.of();
		envelopes.clear();
		canvas.setSeries(List.of());
		updateHeader();
	}

	private void releaseTrends() {
		for (AutoCloseable trend : trends) {
			try {
				trend.close();
			} catch (Exception e) {
				// a store's trend handle only forgets a count
			}
		}
		trends.clear();
	}

	private void updateHeader() {
		String text;
		if (model == null || signals.isEmpty()) {
			text = "Select signals or equipment in the tree, the I/O list or a diagram to trend them.";
		} else if (model.replay() != null) {
			text = "Playback of " + model.replay().file().getFileName() + " at " + LiveText.time(model.now())
					+ " (recorded, not live)";
		} else {
			text = model.live() ? "Live: " + model.plant().getName() : model.plant().getName() + " (offline)";
		}
		if (!text.equals(header.getText())) {
			header.setText(text);
		}
	}

	private static LiveModel modelOf(Signal signal) {
		Plant plant = plantOf(signal);
		return plant == null ? null : LiveConnections.get().model(plant);
	}

	private static Plant plantOf(EObject element) {
		return EcoreUtil.getRootContainer(element) instanceof Plant p ? p : null;
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectionListener);
		LiveConnections.get().removeListener(connectionsChanged);
		releaseTrends();
		if (model != null) {
			model.removeListener(liveListener);
		}
		super.dispose();
	}
}
