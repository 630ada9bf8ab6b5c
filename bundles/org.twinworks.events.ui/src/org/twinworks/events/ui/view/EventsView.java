// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.ui.view;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.core.runtime.preferences.IEclipsePreferences.IPreferenceChangeListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.jspecify.annotations.Nullable;
import org.twinworks.events.Severity;
import org.twinworks.events.ui.EventBook;
import org.twinworks.events.ui.EventEntry;
import org.twinworks.events.ui.WorkbenchEvents;
import org.twinworks.events.ui.badges.SeverityImages;
import org.twinworks.events.ui.preferences.EventPreferences;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.live.LiveConnections;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.Replay;
import org.twinworks.ui.live.views.PlaybackView;

/**
 * The workbench's event frames, newest first: state, severity, source, equipment, message, start and end. Filters
 * by severity, open only and a text; Acknowledge (Ctrl+Shift+A) marks the selected frames seen; Go To (double-click
 * or Enter) selects the frame's equipment in its plant editor. Updated as frames open and close, at most once per
 * UI batch however many come. While a recording plays back the view shows its frames instead (Replay mode, said in
 * the mode label and on every row), at their recorded times; selecting one seeks the playback to its start. The
 * filter is kept in the preferences as it changes.
 */
public final class EventsView extends ViewPart {
	public static final String ID = "org.twinworks.ui.views.events";
	public static final String ACKNOWLEDGE_COMMAND = "org.twinworks.events.ui.acknowledge";
	public static final String ACKNOWLEDGE = "Acknowledge";
	public static final String GO_TO = "Go To Equipment";
	public static final String LIVE = "Live";
	public static final String REPLAY = "Replay";

	private final Runnable eventsChanged = this::refresh;
	private final List<EventEntry> shown = new ArrayList<>();
	private WorkbenchEvents events;
	private TableViewer viewer;
	private Label status;
	private Combo severity;
	private Button openOnly;
	private Text text;
	private Combo mode;
	private Label modeLabel;
	private boolean replayShown;
	private boolean restoringFilter;
	private EventFilter filter = EventFilter.ALL;
	private final IPreferenceChangeListener preferencesChanged = e -> {
		if (EventPreferences.VIEW_MINIMUM_SEVERITY.equals(e.getKey())) {
			Display display = viewer == null ? null : viewer.getControl().getDisplay();
			if (display != null && !display.isDisposed()) {
				display.asyncExec(this::restoreFilter);
			}
		}
	};
	private final Action acknowledge = new Action(ACKNOWLEDGE) {
		@Override
		public void run() {
			acknowledgeSelected();
		}
	};
	private final Action goTo = new Action(GO_TO) {
		@Override
		public void run() {
			goToSelected();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		events = WorkbenchEvents.get();
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		createFilterBar(parent);
		viewer = new TableViewer(parent,
				SWT.MULTI | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER | SWT.VIRTUAL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		// an entry is the same row when its frame closes or is acknowledged: the selection stays on it
		viewer.setComparer(new IElementComparer() {
			@Override
			public boolean equals(Object a, Object b) {
				return a == b || a instanceof EventEntry x && b instanceof EventEntry y && x.key() == y.key();
			}

			@Override
			public int hashCode(Object element) {
				// the input is a list filled again on every refresh: it is itself, whatever it holds
				return element instanceof EventEntry entry
						? Long.hashCode(entry.key())
						: System.identityHashCode(element);
			}
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		for (int i = 0; i < EventColumns.ALL.size(); i++) {
			addColumn(EventColumns.ALL.get(i), i == EventColumns.SEVERITY);
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(shown);
		viewer.addOpenListener(e -> goToSelected());
		viewer.addSelectionChangedListener(e -> {
			updateActions();
			seekToSelected();
		});
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		acknowledge.setActionDefinitionId(ACKNOWLEDGE_COMMAND);
		acknowledge.setToolTipText("Acknowledge the selected events (Ctrl+Shift+A)");
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(acknowledge);
		toolbar.add(goTo);
		getViewSite().getService(IHandlerService.class).activateHandler(ACKNOWLEDGE_COMMAND,
				new ActionHandler(acknowledge));
		getSite().setSelectionProvider(viewer);
		events.addListener(eventsChanged);
		EventPreferences.node().addPreferenceChangeListener(preferencesChanged);
		restoreFilter();
		refresh();
	}

	private void createFilterBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(6).margins(2, 2).applyTo(bar);
		mode = new Combo(bar, SWT.READ_ONLY);
		mode.add(LIVE);
		mode.add(REPLAY);
		mode.select(0);
		mode.setToolTipText("Live events, or the frames of the recording played back at their recorded times");
		mode.addListener(SWT.Selection, e -> refresh());
		severity = new Combo(bar, SWT.READ_ONLY);
		for (Severity s : Severity.values()) {
			severity.add(s.name() + (s == Severity.CRITICAL ? "" : " and above"));
		}
		severity.select(0);
		severity.addListener(SWT.Selection, e -> filterChanged());
		openOnly = new Button(bar, SWT.CHECK);
		openOnly.setText("Open only");
		openOnly.addListener(SWT.Selection, e -> filterChanged());
		text = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		text.setMessage("Filter by equipment or source");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.addListener(SWT.Modify, e -> filterChanged());
		modeLabel = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().applyTo(modeLabel);
		new Label(bar, SWT.NONE).setText(" ");
	}

	private void addColumn(EventColumns.Column column, boolean severityColumn) {
		TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
		c.getColumn().setText(column.header());
		c.getColumn().setWidth(column.width());
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shownText = column.text().apply((EventEntry) element);
				if (column == EventColumns.ALL.get(0) && showsReplay()) {
					// recorded, not happening now: said on every row, not only in the mode label
					shownText = "replay, " + shownText;
				}
				return shownText == null ? "" : shownText;
			}

			@Override
			public @Nullable Image getImage(Object element) {
				return severityColumn ? SeverityImages.of(((EventEntry) element).frame().severity()) : null;
			}

			@Override
			public @Nullable Color getForeground(Object element) {
				EventEntry entry = (EventEntry) element;
				if (severityColumn) {
					return new Color(SeverityImages.colour(entry.frame().severity()));
				}
				// an open frame nobody has acknowledged is what the eye should find
				return entry.frame().isOpen() && !entry.acknowledged()
						? null
						: viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}
		});
	}

	private void filterChanged() {
		filter = new EventFilter(Severity.values()[Math.max(0, severity.getSelectionIndex())], openOnly.getSelection(),
				text.getText());
		if (!restoringFilter) {
			SavedFilter.save(filter);
		}
		refresh();
	}

	/** The filter as it was left (preferences), shown in the filter bar. */
	private void restoreFilter() {
		if (severity == null || severity.isDisposed()) {
			return;
		}
		EventFilter saved = SavedFilter.load();
		restoringFilter = true;
		try {
			severity.select(saved.minimum().ordinal());
			openOnly.setSelection(saved.openOnly());
			if (!text.getText().equals(saved.text())) {
				text.setText(saved.text());
			}
			filterChanged();
		} finally {
			restoringFilter = false;
		}
	}

	/** Whether the view shows the replay's frames (else the live ones). */
	public boolean showsReplay() {
		return mode.getSelectionIndex() == 1;
	}

	/** The book shown: the live one, or the replays'. */
	private EventBook shownBook() {
		return showsReplay() ? events.replayBook() : events.book();
	}

	/** A replay opening shows its frames, its end shows the live ones again; the user may switch in between. */
	private void followReplay() {
		boolean replaying = events.replaying();
		if (replaying != replayShown) {
			replayShown = replaying;
			mode.select(replaying ? 1 : 0);
		}
		String label = showsReplay()
				? "REPLAY of "
						+ String.join(", ",
								events.replayedFiles().stream().map(f -> f.getFileName().toString()).toList())
						+ (events.replayLoading() ? " (reading its events…)" : "") + ": recorded times"
				: "LIVE";
		if (!label.equals(modeLabel.getText())) {
			modeLabel.setText(label);
			modeLabel.getParent().layout();
		}
	}

	/** Shows the book as it is now, filtered; the selection stays on the same entries. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		followReplay();
		EventBook book = shownBook();
		Set<Long> kept = new HashSet<>();
		selected().forEach(e -> kept.add(e.key()));
		shown.clear();
		for (EventEntry entry : book.entries()) {
			if (filter.test(entry)) {
				shown.add(entry);
			}
		}
		viewer.refresh();
		// the same entries stay selected, wherever the newer ones pushed their rows
		viewer.getTable().setSelection(java.util.stream.IntStream.range(0, shown.size())
				.filter(i -> kept.contains(shown.get(i).key())).toArray());
		int open = book.openCount();
		int unacknowledged = book.unacknowledgedCount();
		String line = (showsReplay() ? "Replay: " : "") + open + " open, " + unacknowledged + " unacknowledged"
				+ (shown.size() < book.size() ? " (" + shown.size() + " of " + book.size() + " shown)" : "");
		status.setText(line);
		getViewSite().getActionBars().getStatusLineManager().setMessage(line);
		updateActions();
	}

	private void updateActions() {
		List<EventEntry> selected = selected();
		acknowledge.setEnabled(selected.stream().anyMatch(e -> !e.acknowledged()));
		goTo.setEnabled(selected.size() == 1 && selected.get(0).frame().equipment() != null);
	}

	/**
	 * The entries selected now, as the view shows them: read by row index from the list the table shows (a virtual
	 * table's rows not yet painted have no element of their own).
	 */
	public List<EventEntry> selected() {
		List<EventEntry> selected = new ArrayList<>();
		for (int index : viewer.getTable().getSelectionIndices()) {
			if (index < shown.size()) {
				selected.add(shown.get(index));
			}
		}
		return selected;
	}

	/** Selects the row of {@code entry} (as a click would), if it is shown; returns whether it is. */
	public boolean select(EventEntry entry) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).key() == entry.key()) {
				viewer.getTable().setSelection(i);
				viewer.getTable().showSelection();
				updateActions();
				return true;
			}
		}
		return false;
	}

	/** Acknowledges the selected entries. */
	public void acknowledgeSelected() {
		List<Long> keys = selected().stream().map(EventEntry::key).toList();
		events.acknowledge(shownBook(), keys);
		// at once, not at the next batch: the user just asked
		refresh();
	}

	/** Go To: the selected frame's equipment selected in the editor of its plant; returns that editor, or null. */
	public @Nullable PlantEditor goToSelected() {
		List<EventEntry> selected = selected();
		if (selected.size() != 1 || selected.get(0).frame().equipment() == null) {
			return null;
		}
		Equipment equipment = selected.get(0).frame().equipment();
		Plant plant = selected.get(0).plant();
		seekToSelected();
		IWorkbenchPage page = getSite().getPage();
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(true);
			if (part instanceof PlantEditor editor && editor.getLoaded().plant() == plant) {
				page.activate(editor);
				editor.select(equipment);
				return editor;
			}
		}
		return null;
	}

	/**
	 * Showing a replay's frames, the playback follows the selection: it seeks to the selected frame's start (through
	 * the Playback view when it shows that plant, so its scrubber moves too).
	 */
	private void seekToSelected() {
		List<EventEntry> selected = selected();
		if (!showsReplay() || selected.size() != 1) {
			return;
		}
		EventEntry entry = selected.get(0);
		LiveModel model = LiveConnections.get().model(entry.plant());
		Replay replay = model == null ? null : model.replay();
		if (replay == null) {
			return;
		}
		if (getSite().getPage().findView(PlaybackView.ID) instanceof PlaybackView playback
				&& playback.model() == model) {
			playback.seekTo(entry.frame().start());
		} else {
			replay.seek(entry.frame().start());
		}
	}

	public Combo modeFilter() {
		return mode;
	}

	public String modeText() {
		return modeLabel.getText();
	}

	/** Shows the live frames ({@code false}) or the replay's, as choosing in the mode list does. */
	public void showReplay(boolean replay) {
		mode.select(replay ? 1 : 0);
		refresh();
	}

	public TableViewer viewer() {
		return viewer;
	}

	public String statusText() {
		return status.getText();
	}

	public Combo severityFilter() {
		return severity;
	}

	public Button openOnlyFilter() {
		return openOnly;
	}

	public Text textFilter() {
		return text;
	}

	public Action acknowledgeAction() {
		return acknowledge;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (events != null) {
			events.removeListener(eventsChanged);
		}
		EventPreferences.node().removePreferenceChangeListener(preferencesChanged);
		super.dispose();
	}
}
