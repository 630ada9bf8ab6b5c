// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.punch;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.evidence.CanonicalContent;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CommissioningFactory;
import org.twinworks.commissioning.record.PunchItem;
import org.twinworks.commissioning.ui.CampaignFollower;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.commissioning.ui.checklist.ChecklistView;

/**
 * The campaign's punch items (open ones, or all): text, check, owner, due and state, sortable by any column. Adding and
 * closing an item saves the record at once and goes into the evidence chain; Go To selects its check in the checklist.
 */
public final class PunchListView extends ViewPart {
	public static final String ID = "org.twinworks.commissioning.ui.views.punchlist";
	public static final String ADD_LABEL = "Add Punch Item…";
	public static final String CLOSE_LABEL = "Close Item";
	public static final String GO_TO_LABEL = "Go To Check";
	private static final String[] COLUMNS = {"Text", "Check", "Owner", "Due", "State"};

	private TableViewer viewer;
	private Label summary;
	private Button showClosed;
	private CampaignFollower follower;
	private @Nullable EditorCampaign shown;
	/** The check last selected anywhere in the workbench: where Add puts a new item. */
	private @Nullable Check targetCheck;
	private final ISelectionListener checkSelections = this::selectionChanged;
	private final Action add = new Action(ADD_LABEL) {
		@Override
		public void run() {
			addItem();
		}
	};
	private final Action close = new Action(CLOSE_LABEL) {
		@Override
		public void run() {
			closeSelected();
		}
	};
	private final Action goTo = new Action(GO_TO_LABEL) {
		@Override
		public void run() {
			goToSelected();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		Composite header = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(4, 2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		summary = new Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		showClosed = new Button(header, SWT.CHECK);
		showClosed.setText("Show closed");
		showClosed.addListener(SWT.Selection, e -> refresh());
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnSorter sorter = new ColumnSorter();
		int[] widths = {260, 110, 90, 90, 60};
		for (int i = 0; i < COLUMNS.length; i++) {
			int index = i;
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(COLUMNS[i]);
			column.getColumn().setWidth(widths[i]);
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((PunchRow) element).column(index);
				}
			});
			column.getColumn().addListener(SWT.Selection, e -> sorter.sortBy(column.getColumn(), index));
		}
		viewer.setComparator(sorter);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.addSelectionChangedListener(e -> updateActions());
		viewer.addOpenListener(e -> goToSelected());
		getSite().setSelectionProvider(viewer);
		add.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		close.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		goTo.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_FORWARD));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(add);
		toolbar.add(close);
		toolbar.add(goTo);
		getSite().getPage().addPostSelectionListener(checkSelections);
		getSite().getPage().addSelectionListener(checkSelections);
		follower = new CampaignFollower(getSite().getPage(), campaign -> {
			shown = campaign;
			refresh();
		});
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part != this && selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Check check) {
			targetCheck = check;
			updateActions();
		}
	}

	/** The rows: every punch item of every check (closed ones only when asked), in plan order. */
	public List<PunchRow> rows() {
		List<PunchRow> rows = new ArrayList<>();
		Campaign campaign = shown == null ? null : shown.campaign();
		if (campaign != null) {
			boolean all = showClosed.getSelection();
			for (Check check : campaign.getChecks()) {
				for (PunchItem item : check.getPunchItems()) {
					if (all || item.isOpen()) {
						rows.add(new PunchRow(item, check));
					}
				}
			}
		}
		return rows;
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<PunchRow> rows = rows();
		viewer.setInput(rows);
		Campaign campaign = shown == null ? null : shown.campaign();
		long open = rows.stream().filter(r -> r.item().isOpen()).count();
		summary.setText(campaign == null ? "No campaign." : open + " open punch item" + (open == 1 ? "" : "s"));
		summary.getParent().layout();
		updateActions();
	}

	private boolean writable() {
		return shown != null && shown.campaign() != null && !shown.readOnly();
	}

	private void updateActions() {
		PunchRow row = selectedRow();
		add.setEnabled(writable() && checkForNewItem() != null);
		close.setEnabled(writable() && row != null && row.item().isOpen());
		goTo.setEnabled(row != null);
	}

	/** The selected row's check, else the check last selected elsewhere (the checklist), when it is in this campaign. */
	private @Nullable Check checkForNewItem() {
		PunchRow row = selectedRow();
		if (row != null) {
			return row.check();
		}
		Campaign campaign = shown == null ? null : shown.campaign();
		return targetCheck != null && campaign != null && targetCheck.eContainer() == campaign ? targetCheck : null;
	}

	public @Nullable PunchRow selectedRow() {
		return viewer.getStructuredSelection().getFirstElement() instanceof PunchRow row ? row : null;
	}

	/** Add Punch Item…: the dialog for the check in question, then the item saved. */
	public void addItem() {
		Check check = checkForNewItem();
		if (check == null || !writable()) {
			return;
		}
		PunchItemDialog dialog = new PunchItemDialog(getSite().getShell(),
				check.getTag() == null ? check.getId() : check.getTag(), ChecklistView.user());
		if (dialog.open() == Window.OK) {
			add(check, dialog.text(), dialog.owner(), dialog.due());
		}
	}

	/** Adds an open item to the check and saves the record. */
	public PunchItem add(Check check, String text, String owner, String due) {
		PunchItem item = CommissioningFactory.eINSTANCE.createPunchItem();
		item.setId(UUID.randomUUID().toString());
		item.setText(text);
		item.setOwner(owner.isEmpty() ? null : owner);
		item.setDue(due.isEmpty() ? null : due);
		item.setOpen(true);
		item.setCreated(Instant.now().toString());
		check.getPunchItems().add(item);
		record("punch-open", check, item);
		shown.changed(item);
		return item;
	}

	/** Close Item: the selected item is done; it stays in the record, closed. */
	public void closeSelected() {
		PunchRow row = selectedRow();
		if (row == null || !writable() || !row.item().isOpen()) {
			return;
		}
		row.item().setOpen(false);
		record("punch-close", row.check(), row.item());
		shown.changed(row.item());
	}

	private void record(String kind, Check check, PunchItem item) {
		try {
			shown.evidence().append(kind, CanonicalContent.of(Map.of("check", check.getId(), "item", item.getId(),
					"text", item.getText(), "owner", item.getOwner() == null ? "" : item.getOwner())));
		} catch (IOException e) {
			org.eclipse.core.runtime.Platform.getLog(PunchListView.class)
					.error("Could not record the punch item in the evidence chain", e);
		}
	}

	/** Go To: the item's check selected in the Checklist view. */
	public void goToSelected() {
		PunchRow row = selectedRow();
		if (row != null) {
			ChecklistView.goTo(getSite().getPage(), row.check());
		}
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Button showClosedButton() {
		return showClosed;
	}

	public Action addAction() {
		return add;
	}

	public Action closeAction() {
		return close;
	}

	public Action goToAction() {
		return goTo;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(checkSelections);
		getSite().getPage().removeSelectionListener(checkSelections);
		if (follower != null) {
			follower.close();
		}
		super.dispose();
	}

	/** A click on a column header sorts by it; a second click reverses. */
	private final class ColumnSorter extends ViewerComparator {
		private int column = -1;
		private boolean descending;

		void sortBy(TableColumn header, int index) {
			descending = index == column && !descending;
			column = index;
			viewer.getTable().setSortColumn(header);
			viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
			viewer.refresh();
		}

		@Override
		public int compare(Viewer v, Object a, Object b) {
			if (column < 0) {
				return 0;
			}
			int result = Comparator.<String>naturalOrder().compare(((PunchRow) a).column(column),
					((PunchRow) b).column(column));
			return descending ? -result : result;
		}
	}
}
