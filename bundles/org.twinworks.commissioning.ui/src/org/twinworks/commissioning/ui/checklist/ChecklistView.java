// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.checklist;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.plan.PlanOptions;
import org.twinworks.commissioning.plan.Replanner;
import org.twinworks.commissioning.record.Campaign;
import org.twinworks.commissioning.record.Check;
import org.twinworks.commissioning.record.CheckKind;
import org.twinworks.commissioning.ui.CampaignFollower;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.model.Plant;
import org.twinworks.ui.editor.PlantEditor;

/**
 * The campaign of the active plant editor as a checklist: area → equipment → check in a virtual tree, the counts and
 * a progress bar above, filters by state, kind, text and "my checks". Selecting a check publishes it (a
 * a {@link Check} in a structured selection) for the Check view; Enter or a double-click opens it.
 */
public final class ChecklistView extends ViewPart {
	public static final String ID = "org.twinworks.commissioning.ui.views.checklist";
	/** The view that shows one check; opened on Enter when it is installed. */
	public static final String CHECK_VIEW_ID = "org.twinworks.commissioning.ui.views.check";
	/** Preference (instance scope of this bundle) naming the user for "my checks"; the OS user when unset. */
	public static final String USER_PREFERENCE = "user";
	public static final String PLAN_LABEL = "Plan Campaign…";
	public static final String REPLAN_LABEL = "Re-plan";
	private static final int REPLAN_CHECK_DELAY_MS = 300;
	/** Areas open by themselves only while they hold at most this many groups in all (see expandAreas). */
	static final int AUTO_EXPAND_ROWS = 500;

	private TreeViewer viewer;
	private LazyChecklistContent content;
	private ChecklistRefresh refresh;
	private StateImages images;
	private Label summary;
	private Label message;
	private ProgressStrip progress;
	private ChecklistFilterBar filterBar;
	private ChecklistFilter filter = ChecklistFilter.all();
	private final ChecklistExpansion expansion = new ChecklistExpansion();
	private CampaignFollower follower;
	private @Nullable EditorCampaign shown;
	private @Nullable Campaign shownCampaign;
	private @Nullable PlantEditor watchedEditor;
	private boolean replanCheckPending;
	private @Nullable PlanJob planning;
	private @Nullable ChecklistUndo undo;
	private final CommandStackListener plantEdited = event -> scheduleReplanCheck();
	private final IPropertyListener editorSaved = (source, property) -> scheduleReplanCheck();
	private final Action plan = new Action(PLAN_LABEL) {
		@Override
		public void run() {
			planCampaign();
		}
	};
	private final Action replan = new Action(REPLAN_LABEL) {
		@Override
		public void run() {
			replan();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		images = new StateImages(parent.getDisplay());
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		createHeader(parent);
		filterBar = new ChecklistFilterBar(parent, ChecklistView::user, step -> setFilter(step.apply(filter)));
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		content = new LazyChecklistContent(viewer);
		viewer.setContentProvider(content);
		refresh = new ChecklistRefresh(viewer.getControl(), () -> regroup(false));
		ChecklistColumns.add(viewer, new ChecklistLabels(images));
		ColumnViewerToolTipSupport.enableFor(viewer);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.setInput(LazyChecklistContent.ROOT);
		viewer.addOpenListener(event -> open());
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID, menu, viewer);
		undo = new ChecklistUndo(getViewSite().getActionBars(), message);
		plan.setToolTipText("Plan the campaign's checks from the plant (scope, kinds, preview)");
		plan.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_OBJ_ADD));
		replan.setToolTipText(
				"The plant changed since planning: bring the checks up to it (obsolete ones keep " + "their evidence)");
		replan.setImageDescriptor(
				PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
		toolbar.add(plan);
		toolbar.add(replan);
		follower = new CampaignFollower(getSite().getPage(), this::campaignChanged);
	}

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(4, 2).applyTo(header);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
		summary = new Label(header, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		progress = new ProgressStrip(header);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 10).applyTo(progress);
		message = new Label(header, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
	}

	/** Who "my checks" means: the preference when set, the OS user otherwise. */
	public static String user() {
		String os = System.getProperty("user.name", "");
		return Platform.getPreferencesService().getString("org.twinworks.commissioning.ui", USER_PREFERENCE, os, null);
	}

	private void campaignChanged(@Nullable EditorCampaign campaign) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		shown = campaign;
		watch(campaign == null ? null : campaign.editor());
		Campaign now = campaign == null ? null : campaign.campaign();
		if (now != shownCampaign) {
			shownCampaign = now;
			regroup(true);
		} else {
			// a run changes a check every few hundred milliseconds: the list follows, coalesced
			refresh.request();
		}
		updateActions();
	}

	/**
	 * Groups the campaign's checks again with the filter, off the viewer; updates only the changed rows' labels when
	 * the rows are the same, otherwise lets the viewer ask again for the rows it shows.
	 */
	private void regroup(boolean newCampaign) {
		refresh.done();
		ChecklistTree tree = ChecklistTree.of(shownCampaign, filter);
		if (!newCampaign && content.showInPlace(tree)) {
			showCounts(tree);
			return;
		}
		content.show(tree);
		viewer.getTree().setRedraw(false);
		try {
			// a virtual tree's refresh walks every item it made; rebuilding it and re-expanding is cheaper
			Object[] expanded = newCampaign ? new Object[0] : viewer.getExpandedElements();
			Object selected = viewer.getStructuredSelection().getFirstElement();
			viewer.setInput(LazyChecklistContent.ROOT);
			boolean textFiltered = !filter.text().isEmpty();
			if (newCampaign) {
				expansion.forget();
			}
			List<ChecklistGroup> opened = newCampaign || textFiltered ? expandAreas(tree) : List.of();
			expansion.reopen(tree, expanded, opened, textFiltered).forEach(content::expand);
			if (selected instanceof Check check && tree.groupOf(check) != null) {
				reveal(check);
			}
		} finally {
			viewer.getTree().setRedraw(true);
		}
		showCounts(tree);
	}

	/**
	 * Opens the areas when their rows are few enough: GTK measures every row of an expanded level (asking the viewer to
	 * fill each in), so thousands of equipment rows would cost a third of a second on every filter. A large campaign
	 * opens on its areas, with their counts, and the user opens the one to work in.
	 */
	private List<ChecklistGroup> expandAreas(ChecklistTree tree) {
		if (tree.groupCount() > AUTO_EXPAND_ROWS) {
			return List.of();
		}
		for (ChecklistGroup area : tree.areas()) {
			content.expand(area);
		}
		return tree.areas();
	}

	private void showCounts(ChecklistTree tree) {
		ChecklistCounts all = tree.all();
		String text;
		if (shown == null) {
			text = "No plant editor is active.";
		} else if (shownCampaign == null) {
			text = shown.problems().isEmpty()
					? "No campaign yet: " + PLAN_LABEL
					: shown.recordFile().getFileName() + " cannot be read";
		} else {
			text = all.summary() + (tree.shownChecks() < all.total() + all.of(ChecklistState.OBSOLETE)
					? "   (showing " + tree.shownChecks() + ")"
					: "");
			if (shown.readOnly()) {
				text = "APPROVED — read-only.  " + text;
			}
		}
		summary.setText(text);
		progress.show(all);
		if (shown != null && !shown.problems().isEmpty()) {
			message.setText(String.join("\n", shown.problems()));
		}
		summary.getParent().layout();
	}

	private void watch(@Nullable PlantEditor editor) {
		if (editor == watchedEditor) {
			return;
		}
		if (watchedEditor != null) {
			watchedEditor.getEditingDomain().getCommandStack().removeCommandStackListener(plantEdited);
			watchedEditor.removePropertyListener(editorSaved);
		}
		watchedEditor = editor;
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(plantEdited);
			editor.addPropertyListener(editorSaved);
		}
	}

	/** Hashing a large plant is not free: after a burst of edits, once. */
	private void scheduleReplanCheck() {
		if (replanCheckPending || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		replanCheckPending = true;
		viewer.getControl().getDisplay().timerExec(REPLAN_CHECK_DELAY_MS, () -> {
			replanCheckPending = false;
			if (!viewer.getControl().isDisposed()) {
				updateActions();
			}
		});
	}

	private void updateActions() {
		EditorCampaign campaign = shown;
		boolean idle = planning == null;
		plan.setEnabled(idle && campaign != null && campaign.campaign() == null && campaign.problems().isEmpty());
		replan.setEnabled(idle && campaign != null && campaign.campaign() != null && !campaign.readOnly()
				&& campaign.plantChanged());
		if (undo != null) {
			undo.update(campaign);
		}
	}

	/** Plan Campaign…: the dialog, then the plan saved beside the plant. */
	public void planCampaign() {
		EditorCampaign campaign = shown;
		Plant plant = campaign == null ? null : campaign.editor().getLoaded().plant();
		if (campaign == null || plant == null) {
			return;
		}
		PlanCampaignDialog dialog = new PlanCampaignDialog(getSite().getShell(), plant);
		if (dialog.open() == Window.OK) {
			runPlan(campaign, dialog.options());
		}
	}

	/** Re-plan: the campaign brought up to the plant as the editor has it now. */
	public void replan() {
		EditorCampaign campaign = shown;
		if (campaign != null && campaign.campaign() != null) {
			runPlan(campaign, PlanOptions.wholePlant());
		}
	}

	/** Plans in a job (progress, Cancel); the record changes only when it finishes. */
	private void runPlan(EditorCampaign campaign, PlanOptions options) {
		PlanJob job;
		try {
			job = new PlanJob(campaign, options, outcome -> planned(campaign, outcome));
		} catch (IOException | RuntimeException e) {
			message.setText("Could not plan: " + e.getMessage());
			return;
		}
		planning = job;
		updateActions();
		message.setText(job.getName() + "…");
		job.schedule();
	}

	private void planned(EditorCampaign campaign, PlanJob.Outcome outcome) {
		planning = null;
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Replanner.Result result = outcome.result();
		if (outcome.cancelled()) {
			message.setText((outcome.replanning() ? "Re-planning" : "Planning") + " cancelled: nothing changed.");
		} else if (result == null) {
			message.setText("Could not plan: " + outcome.problem());
		} else {
			message.setText(outcome.replanning()
					? "Re-planned: " + result.added() + " new, " + result.changed() + " changed, " + result.removed()
							+ " removed (marked obsolete, evidence kept), " + result.unchanged() + " unchanged."
					: "Planned " + result.added() + " checks into " + campaign.recordFile().getFileName() + ".");
		}
		campaignChanged(shown);
		// what planning did is shown at once, not with a run's coalesced changes
		regroup(false);
	}

	/** The planning job running for this view, or null. */
	public @Nullable PlanJob planning() {
		return planning;
	}

	/** Enter or double-click: a group opens or closes, a check is shown in the Check view (when installed). */
	private void open() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		if (element instanceof ChecklistGroup group) {
			viewer.setExpandedState(group, !viewer.getExpandedState(group));
		} else if (element instanceof Check) {
			showCheckView(getSite().getPage());
		}
	}

	private static void showCheckView(IWorkbenchPage page) {
		if (PlatformUI.getWorkbench().getViewRegistry().find(CHECK_VIEW_ID) != null) {
			try {
				page.showView(CHECK_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				Platform.getLog(ChecklistView.class).error("Could not show the Check view", e);
			}
		}
	}

	/**
	 * Selects and reveals a check (Go To from the punch list, a badge on the diagram), clearing filters that hide
	 * it. The selection is published like a click's.
	 */
	public void reveal(Check check) {
		ChecklistGroup group = content.tree().groupOf(check);
		if (group == null) {
			clearFilters();
			group = content.tree().groupOf(check);
			if (group == null) {
				return;
			}
		}
		ChecklistGroup area = group.parent();
		content.expandTo(check);
		viewer.setSelection(new TreeSelection(new TreePath(new Object[]{area, group, check})), true);
	}

	/** Every filter off: all states, all kinds, no text, everyone's checks. */
	public void clearFilters() {
		filterBar.clear();
		setFilter(ChecklistFilter.all());
	}

	/** Applies a filter (the widgets call it; so may a caller). */
	public void setFilter(ChecklistFilter next) {
		if (next.equals(filter)) {
			return;
		}
		filter = next;
		regroup(false);
	}

	public @Nullable Check selectedCheck() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Check check ? check : null;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	/** The grouped, filtered checks the tree shows. */
	public ChecklistTree tree() {
		return content.tree();
	}

	public ChecklistFilter filter() {
		return filter;
	}

	public Text searchBox() {
		return filterBar.searchBox();
	}

	public Button stateButton(ChecklistState state) {
		return filterBar.stateButton(state);
	}

	public Button kindButton(CheckKind kind) {
		return filterBar.kindButton(kind);
	}

	public Button mineButton() {
		return filterBar.mineButton();
	}

	public String summaryText() {
		return summary.getText();
	}

	public String messageText() {
		return message.getText();
	}

	public Action planAction() {
		return plan;
	}

	public Action replanAction() {
		return replan;
	}

	/** The campaign shown, or null. */
	public @Nullable EditorCampaign campaign() {
		return shown;
	}

	/** Selects the check in the Checklist view of the page, opening the view when needed. */
	public static @Nullable ChecklistView goTo(IWorkbenchPage page, Check check) {
		try {
			IWorkbenchPart part = page.showView(ID);
			if (part instanceof ChecklistView view) {
				view.reveal(check);
				return view;
			}
		} catch (PartInitException e) {
			Platform.getLog(ChecklistView.class).error("Could not show the Checklist view", e);
		}
		return null;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (follower != null) {
			follower.close();
		}
		watch(null);
		if (images != null) {
			images.close();
		}
		super.dispose();
	}
}
