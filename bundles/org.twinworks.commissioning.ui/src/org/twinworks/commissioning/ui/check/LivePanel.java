// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.jspecify.annotations.Nullable;
import org.twinworks.live.SignalValue;
import org.twinworks.model.Signal;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.LiveModelListener;
import org.twinworks.ui.live.LiveSignal;
import org.twinworks.ui.live.LiveText;
import org.twinworks.ui.live.LiveUpdate;
import org.twinworks.ui.live.trends.TrendCanvas;
import org.twinworks.ui.live.trends.TrendSeries;

/**
 * The live side of a check: each signal it is about with its value, quality and age, and a mini trend of the last
 * minute from the editor's working memory. Refreshed once per UI batch of the live model, only when a shown signal
 * changed or the clock ticked.
 */
final class LivePanel {
	/** The mini trend shows the last minute: long enough to see a step settle, short enough to read. */
	static final Duration TREND_SPAN = Duration.ofSeconds(60);

	private final Group group;
	private final TableViewer table;
	private final TrendCanvas trend;
	private final LiveModelListener listener = this::liveChanged;
	private @Nullable LiveModel model;
	private List<Signal> signals = List.of();

	LivePanel(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText("Live values");
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(4, 4).applyTo(group);
		table = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		column("Signal", 110, Signal::getTag);
		column("Value", 90, this::valueText);
		column("Quality", 90, this::qualityText);
		column("Age", 60, this::ageText);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 90).applyTo(table.getControl());
		trend = new TrendCanvas(group, () -> model == null ? System.currentTimeMillis() : model.now().toEpochMilli());
		// a following window zoomed by one half: 120 s becomes the last minute, still following live
		trend.window().zoom(TREND_SPAN.toMillis() / (double) trend.window().span(), 0);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 90).applyTo(trend.control());
	}

	Group control() {
		return group;
	}

	TrendCanvas trend() {
		return trend;
	}

	TableViewer table() {
		return table;
	}

	/** Shows {@code shown} of {@code live} (null: the editor has no live side). UI thread. */
	void show(@Nullable LiveModel live, List<Signal> shown) {
		if (live != model) {
			if (model != null) {
				model.removeListener(listener);
			}
			model = live;
			if (model != null) {
				model.addListener(listener);
			}
		}
		signals = List.copyOf(shown);
		table.setInput(signals);
		reloadTrend();
		group.setText(model == null
				? "Live values (no live connection for this plant)"
				: model.live() ? "Live values" : "Live values (offline: connect the plant to see them)");
	}

	/** One line per signal as shown: tag, value, quality, age (tests read what the engineer reads). */
	String text() {
		StringBuilder text = new StringBuilder();
		for (Signal signal : signals) {
			text.append(signal.getTag()).append('\t').append(valueText(signal)).append('\t').append(qualityText(signal))
					.append('\t').append(ageText(signal)).append('\n');
		}
		return text.toString();
	}

	void dispose() {
		if (model != null) {
			model.removeListener(listener);
			model = null;
		}
	}

	private void liveChanged(LiveUpdate update) {
		if (group.isDisposed() || signals.isEmpty()) {
			return;
		}
		boolean touched = update.everything() || signals.stream().anyMatch(update.values()::contains);
		if (touched) {
			table.refresh(true);
			reloadTrend();
			group.setText(model != null && model.live() ? "Live values" : group.getText());
		}
	}

	private void reloadTrend() {
		List<TrendSeries> series = new ArrayList<>();
		if (model != null) {
			for (Signal signal : signals) {
				series.add(new TrendSeries(signal, model.store().history(signal)));
			}
		}
		trend.setSeries(series);
	}

	private LiveSignal live(Signal signal) {
		return model == null ? LiveSignal.UNBOUND : model.signal(signal);
	}

	private String valueText(Signal signal) {
		SignalValue value = live(signal).value();
		return value == null ? "" : LiveText.value(signal, value);
	}

	private String qualityText(Signal signal) {
		LiveSignal live = live(signal);
		if (!live.bound()) {
			return "not bound";
		}
		if (live.value() == null) {
			return "no value";
		}
		String quality = live.value().isGood() ? "Good" : live.value().status();
		return live.online() ? quality : quality + " (offline)";
	}

	private String ageText(Signal signal) {
		LiveSignal live = live(signal);
		return model == null || live.value() == null ? "" : LiveText.age(live.time(), model.now());
	}

	private void column(String title, int width, Function<Signal, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Signal) element);
			}
		});
	}
}
