// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.iolist;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.copy.InternalCellClipboard;
import org.eclipse.nebula.widgets.nattable.copy.action.PasteDataAction;
import org.eclipse.nebula.widgets.nattable.copy.command.InternalCopyDataCommandHandler;
import org.eclipse.nebula.widgets.nattable.copy.command.InternalPasteDataCommandHandler;
import org.eclipse.nebula.widgets.nattable.data.IColumnPropertyAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.data.validate.DataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.config.DialogErrorHandling;
import org.eclipse.nebula.widgets.nattable.filterrow.FilterRowHeaderComposite;
import org.eclipse.nebula.widgets.nattable.filterrow.config.DefaultFilterRowConfiguration;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.RowSelectionProvider;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.twinworks.model.Plant;
import org.twinworks.ui.dnd.BindingDrops;

/**
 * The I/O list: one row per signal (equipment, tag, description, direction, type, unit, range, alarm limits,
 * endpoint and node), with header-click sorting, a filter row, inline editing and cell copy/paste. Every
 * edit is an EMF command on the editor's stack, so the tree, Properties and undo see it at once.
 */
public final class IoListTable {
	private final EditingDomain domain;
	private final Resource resource;
	private final IoListRows rows = new IoListRows();
	private final NatTable table;
	// model notifications may come from any thread: they post here, never to Display.getDefault()
	private final Display display;
	private final DataLayer body;
	private final RowSelectionProvider<IoListRow> selection;
	private final SelectionLayer selectionLayer;
	private final SignalIcons icons;
	private final List<Runnable> rowsChanged = new java.util.concurrent.CopyOnWriteArrayList<>();
	private final SignalSelection signalSelection;
	private final ModelListener listener = new ModelListener();
	/** While cells are pasted: their edits, executed together as one undoable command. */
	private org.eclipse.emf.common.command.CompoundCommand batch;
	private final org.eclipse.swt.widgets.Menu menu;
	private LiveColumns liveColumns;

	public IoListTable(Composite parent, EditingDomain domain, Resource resource) {
		this.display = parent.getDisplay();
		this.domain = domain;
		this.resource = resource;
		Accessor accessor = new Accessor();
		ListDataProvider<IoListRow> data = new ListDataProvider<>(rows.visible, accessor);
		body = new DataLayer(data);
		body.setConfigLabelAccumulator(new ColumnLabelAccumulator());
		body.setColumnWidthByPosition(IoListColumns.TAG, 130);
		body.setColumnWidthByPosition(IoListColumns.DESCRIPTION, 220);
		body.setColumnWidthByPosition(IoListColumns.NODE, 300);
		rows.attach(body);
		body.addLayerListener(event -> {
			if (event instanceof org.eclipse.nebula.widgets.nattable.layer.event.RowStructuralRefreshEvent) {
				rowsChanged.forEach(Runnable::run);
			}
		});
		selectionLayer = new SelectionLayer(body);
		ViewportLayer viewport = new ViewportLayer(selectionLayer);
		InternalCellClipboard clipboard = new InternalCellClipboard();
		selectionLayer.registerCommandHandler(new InternalCopyDataCommandHandler(selectionLayer, clipboard));
		selectionLayer.registerCommandHandler(new InternalPasteDataCommandHandler(selectionLayer, clipboard) {
			@Override
			protected void preInternalPaste() {
				super.preInternalPaste();
				batch = new org.eclipse.emf.common.command.CompoundCommand("Paste Cells");
			}

			@Override
			protected void postInternalPaste() {
				executeBatch();
				super.postInternalPaste();
			}
		});

		ConfigRegistry config = new ConfigRegistry();
		DefaultColumnHeaderDataProvider headers = new DefaultColumnHeaderDataProvider(IoListColumns.headers());
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headers), viewport,
				selectionLayer);
		SortHeaderLayer<IoListRow> sortHeader = new SortHeaderLayer<>(columnHeader, rows, false);
		FilterRowHeaderComposite<IoListRow> filterHeader = new FilterRowHeaderComposite<>(rows, sortHeader, headers,
				config);
		DefaultRowHeaderDataProvider rowNumbers = new DefaultRowHeaderDataProvider(data);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowNumbers), viewport,
				selectionLayer);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headers, rowNumbers)),
				rowHeader, filterHeader);
		GridLayer grid = new GridLayer(viewport, filterHeader, rowHeader, corner);

		table = new NatTable(parent, grid, false);
		table.setConfigRegistry(config);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.addConfiguration(new SingleClickSortConfiguration());
		table.addConfiguration(new DefaultFilterRowConfiguration());
		table.addConfiguration(new EditingConfiguration());
		icons = new SignalIcons(row -> row >= 0 && row < rows.visible.size() ? rows.visible.get(row).signal() : null);
		table.addConfiguration(icons);
		table.configure();
		selection = new RowSelectionProvider<>(selectionLayer, data, false);
		signalSelection = new SignalSelection(selection);

		menu = contextMenu();
		table.setMenu(menu);
		BindingDrops.install(table, domain, at -> signalAt(table.toControl(at)));
		rows.reload(plant());
		resource.eAdapters().add(listener);
		table.addDisposeListener(e -> {
			resource.eAdapters().remove(listener);
			setLiveColumns(null);
		});
	}

	/** Fills the live columns from {@code columns} (null: empty); {@link #redrawLive()} as their values change. */
	public void setLiveColumns(LiveColumns columns) {
		if (liveColumns != null) {
			liveColumns.dispose();
		}
		liveColumns = columns;
		redrawLive();
	}

	/** NatTable paints only the visible cells: one redraw per UI batch is all the live columns need. */
	public void redrawLive() {
		if (!table.isDisposed()) {
			table.redraw();
		}
	}

	/** The visible row of {@code signal}, or -1. */
	public int rowOf(org.twinworks.model.Signal signal) {
		for (int i = 0; i < rows.visible.size(); i++) {
			if (rows.visible.get(i).signal() == signal) {
				return i;
			}
		}
		return -1;
	}

	/** Runs {@code listener} whenever the visible rows change (reload, filter, sort); UI thread. */
	public void addRowsChangedListener(Runnable listener) {
		rowsChanged.add(listener);
	}

	public void removeRowsChangedListener(Runnable listener) {
		rowsChanged.remove(listener);
	}

	/** The icon the tag cell of a visible row starts with. */
	public org.eclipse.swt.graphics.Image tagIcon(int row) {
		return icons.imageOfRow(row);
	}

	/** Selects the row of {@code signal} and scrolls it into view, as a click would; false if it is not shown. */
	public boolean select(org.twinworks.model.Signal signal) {
		int row = rowOf(signal);
		if (row < 0) {
			return false;
		}
		table.doCommand(new org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand(selectionLayer, 0,
				row, false, false));
		return true;
	}

	/** The signals of the selected rows. */
	public List<org.twinworks.model.Signal> selectedSignals() {
		return selection.getSelection() instanceof org.eclipse.jface.viewers.IStructuredSelection s
				? s.stream().filter(IoListRow.class::isInstance).map(r -> ((IoListRow) r).signal()).toList()
				: List.of();
	}

	/** The signal of the row at control point {@code at} (body or row number), or null (headers, below the last row). */
	public org.twinworks.model.Signal signalAt(org.eclipse.swt.graphics.Point at) {
		var regions = table.getRegionLabelsByXY(at.x, at.y);
		if (regions == null || !(regions.hasLabel(org.eclipse.nebula.widgets.nattable.grid.GridRegion.BODY)
				|| regions.hasLabel(org.eclipse.nebula.widgets.nattable.grid.GridRegion.ROW_HEADER))) {
			return null;
		}
		int position = table.getRowPositionByY(at.y);
		int row = position < 0
				? -1
				: org.eclipse.nebula.widgets.nattable.layer.LayerUtil.convertRowPosition(table, position, body);
		return row < 0 || row >= rows.visible.size() ? null : rows.visible.get(row).signal();
	}

	/** Index of the first live column (value, then quality, source time, age). */
	public static int firstLiveColumn() {
		return IoListColumns.FIRST_LIVE;
	}

	private org.eclipse.swt.widgets.Menu contextMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(table);
		org.eclipse.swt.widgets.MenuItem export = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		export.setText("&Export Visible Rows as CSV...");
		export.addListener(SWT.Selection, e -> exportWithDialog());
		return menu;
	}

	/** The context menu (a plain SWT menu): others add items to it on its Show event. */
	public org.eclipse.swt.widgets.Menu menu() {
		return menu;
	}

	private void exportWithDialog() {
		org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(table.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[]{"*.csv"});
		dialog.setFileName("io-list.csv");
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			exportCsv(java.nio.file.Path.of(chosen));
		} catch (java.io.IOException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(table.getShell(), "Export failed",
					"Could not write " + chosen + ":\n" + e.getMessage());
		}
	}

	public NatTable control() {
		return table;
	}

	/** Publishes the selected rows' signals, so Properties and the editor's actions see model elements. */
	public ISelectionProvider selectionProvider() {
		return signalSelection;
	}

	/** Signals shown now (after filtering and sorting). */
	public List<org.twinworks.model.Signal> visibleSignals() {
		return rows.visible.stream().map(IoListRow::signal).toList();
	}

	public int totalSignals() {
		return rows.total();
	}

	/** The text a body cell shows, by visible row and column index (what tests and exports read). */
	public Object cell(int row, int column) {
		ILayerCell cell = body.getCellByPosition(column, row);
		return cell == null ? null : cell.getDataValue();
	}

	public void exportCsv(java.nio.file.Path file) throws java.io.IOException {
		IoListCsv.write(file, List.copyOf(rows.visible));
	}

	/** Sorts by a column as a header click would (ascending, then descending). */
	public void sortBy(int column, boolean descending) {
		rows.sort(column,
				descending
						? org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.DESC
						: org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.ASC,
				false);
	}

	/** Filters one column as typing into the filter row would. */
	public void filter(int column, String text) {
		rows.applyFilter(text == null || text.isBlank() ? java.util.Map.of() : java.util.Map.of(column, text));
	}

	/** What an inline edit of a cell does: parse, then execute a SetCommand; returns false if refused. */
	public boolean edit(int row, int column, String text) {
		IoListRow target = rows.visible.get(row);
		IoListColumn definition = IoListColumns.ALL.get(column);
		if (!definition.editable(target)) {
			return false;
		}
		Object value;
		try {
			value = definition.valueOf(text);
		} catch (IllegalArgumentException e) {
			return false;
		}
		Command command = SetCommand.create(domain, definition.owner().apply(target), definition.feature(), value);
		if (!command.canExecute()) {
			return false;
		}
		if (batch != null) {
			batch.append(command);
		} else {
			domain.getCommandStack().execute(command);
		}
		return true;
	}

	/** Runs several cell edits as one command: one undo step (what a multi-cell paste does). */
	public void editAsOne(String label, Runnable edits) {
		batch = new org.eclipse.emf.common.command.CompoundCommand(label);
		try {
			edits.run();
		} finally {
			executeBatch();
		}
	}

	private void executeBatch() {
		org.eclipse.emf.common.command.CompoundCommand edits = batch;
		batch = null;
		if (edits != null && !edits.isEmpty()) {
			domain.getCommandStack().execute(edits.unwrap());
		}
	}

	private Plant plant() {
		return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Plant p) ? null : p;
	}

	/** Table edits, including pasted cells, end here. */
	private final class Accessor implements IColumnPropertyAccessor<IoListRow> {
		@Override
		public Object getDataValue(IoListRow row, int column) {
			if (column >= IoListColumns.FIRST_LIVE) {
				return liveColumns == null ? "" : liveColumns.cell(row.signal(), column - IoListColumns.FIRST_LIVE);
			}
			return IoListColumns.ALL.get(column).value().apply(row);
		}

		@Override
		public void setDataValue(IoListRow row, int column, Object value) {
			int index = rows.visible.indexOf(row);
			if (index >= 0) {
				edit(index, column, value == null ? "" : value.toString());
			}
		}

		@Override
		public int getColumnCount() {
			return IoListColumns.ALL.size();
		}

		@Override
		public String getColumnProperty(int column) {
			return IoListColumns.ALL.get(column).header();
		}

		@Override
		public int getColumnIndex(String property) {
			return IoListColumns.ALL.stream().map(IoListColumn::header).toList().indexOf(property);
		}
	}

	/** Editable columns get a text editor whose input is checked before it becomes a command. */
	private static final class EditingConfiguration extends AbstractRegistryConfiguration {
		@Override
		public void configureRegistry(IConfigRegistry registry) {
			for (int column = 0; column < IoListColumns.ALL.size(); column++) {
				IoListColumn definition = IoListColumns.ALL.get(column);
				if (definition.feature() == null) {
					continue;
				}
				String label = ColumnLabelAccumulator.COLUMN_LABEL_PREFIX + column;
				registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE, IEditableRule.ALWAYS_EDITABLE,
						DisplayMode.EDIT, label);
				registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new DataValidator() {
					@Override
					public boolean validate(int columnIndex, int rowIndex, Object newValue) {
						try {
							definition.valueOf(newValue == null ? "" : newValue.toString());
							return true;
						} catch (IllegalArgumentException e) {
							throw new ValidationFailedException(definition.header() + ": " + e.getMessage());
						}
					}
				}, DisplayMode.EDIT, label);
			}
			registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, new DialogErrorHandling(),
					DisplayMode.EDIT);
			registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, new DialogErrorHandling(),
					DisplayMode.EDIT);
		}

		@Override
		public void configureUiBindings(UiBindingRegistry bindings) {
			// Ctrl+C is bound by the default selection bindings
			bindings.registerKeyBinding(new KeyEventMatcher(SWT.MOD1, 'v'), new PasteDataAction());
		}
	}

	/**
	 * Model changes reach the table coalesced: one refresh per UI frame; a new or removed signal or binding
	 * re-reads the rows, anything else only repaints.
	 */
	private final class ModelListener extends EContentAdapter {
		private boolean scheduled;
		private boolean structural;

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch()) {
				return;
			}
			if (notification.getFeature() instanceof EReference ref && ref.isContainment()
					|| notification.getNotifier() instanceof org.twinworks.model.Binding) {
				structural = true;
			}
			if (!scheduled && !display.isDisposed()) {
				scheduled = true;
				display.asyncExec(this::apply);
			}
		}

		private void apply() {
			scheduled = false;
			if (table.isDisposed()) {
				return;
			}
			if (structural) {
				structural = false;
				rows.reload(plant());
			} else {
				table.redraw();
			}
		}

		@Override
		protected void addAdapter(org.eclipse.emf.common.notify.Notifier notifier) {
			if (notifier instanceof EObject || notifier instanceof Resource) {
				super.addAdapter(notifier);
			}
		}
	}
}
