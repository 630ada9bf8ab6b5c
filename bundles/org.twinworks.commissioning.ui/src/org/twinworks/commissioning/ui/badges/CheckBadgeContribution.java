// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.commissioning.ui.badges;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.jspecify.annotations.Nullable;
import org.twinworks.commissioning.ui.EditorCampaign;
import org.twinworks.ui.diagram.DiagramPage;
import org.twinworks.ui.diagram.LayerToggle;
import org.twinworks.ui.editor.PlantEditor;
import org.twinworks.ui.editor.participant.PlantEditorContext;
import org.twinworks.ui.editor.participant.PlantEditorContribution;
import org.twinworks.ui.iolist.IoListTable;

/**
 * One plant editor's badges while its plant is loaded. Campaign changes are gathered into one update per UI batch
 * (a run finishing a dozen checks repaints once), and only the badges that changed are repainted.
 */
final class CheckBadgeContribution implements PlantEditorContribution {
	static final String TOGGLE_LABEL = "Check States";
	private final PlantEditorContext context;
	private final EditorCampaign campaign;
	private final Display display;
	private final CheckStates states = new CheckStates();
	private final OpenCheck open;
	private final List<DiagramBadges> diagrams = new CopyOnWriteArrayList<>();
	private final List<IoListBadges> ioLists = new CopyOnWriteArrayList<>();
	private final Runnable campaignChanged = this::scheduleUpdate;
	private final Runnable layerToggled = this::layerToggled;
	private final CommandStackListener plantEdited = e -> plantEdited();
	private boolean scheduled;
	private boolean closed;

	CheckBadgeContribution(PlantEditorContext context, PlantEditor editor) {
		this.context = context;
		this.campaign = EditorCampaign.of(editor);
		this.display = editor.getSite().getShell().getDisplay();
		this.open = new OpenCheck(editor, states);
		states.update(campaign.campaign(), context.plant());
		campaign.addListener(campaignChanged);
		CheckStatesLayer.addListener(layerToggled);
		context.domain().getCommandStack().addCommandStackListener(plantEdited);
	}

	/** A signal added, moved or retagged may change which badge a check counts in. */
	private void plantEdited() {
		states.plantChanged();
		scheduleUpdate();
	}

	/** The badges as they are now (tests read them as the painting does). */
	CheckStates states() {
		return states;
	}

	OpenCheck open() {
		return open;
	}

	List<DiagramBadges> diagrams() {
		return diagrams;
	}

	List<IoListBadges> ioLists() {
		return ioLists;
	}

	@Override
	public void diagramPageCreated(DiagramPage page) {
		DiagramBadges badges = new DiagramBadges(page.viewer(), states, open);
		diagrams.add(badges);
		page.control().addDisposeListener(e -> diagrams.remove(badges));
		page.addLayer(new LayerToggle(TOGGLE_LABEL, CheckStatesLayer::visible, CheckStatesLayer::setVisible));
	}

	@Override
	public void ioListCreated(IoListTable table) {
		IoListBadges badges = new IoListBadges(table, states, open);
		ioLists.add(badges);
		table.control().addDisposeListener(e -> ioLists.remove(badges));
		Menu menu = table.menu();
		List<MenuItem> items = new CopyOnWriteArrayList<>();
		menu.addListener(SWT.Show, e -> {
			items.forEach(MenuItem::dispose);
			items.clear();
			for (IAction action : actions(table.selectionProvider().getSelection())) {
				MenuItem item = new MenuItem(menu, action.getStyle() == IAction.AS_CHECK_BOX ? SWT.CHECK : SWT.PUSH);
				item.setText(action.getText());
				item.setEnabled(action.isEnabled());
				item.setSelection(action.isChecked());
				item.addListener(SWT.Selection, x -> action.run());
				items.add(item);
			}
		});
	}

	@Override
	public void fillContextMenu(IMenuManager menu, ISelection selection, Shell shell) {
		menu.add(new Separator());
		actions(selection).forEach(menu::add);
	}

	/** Open Check for a badged element in the selection, and the layer toggle. */
	private List<IAction> actions(ISelection selection) {
		EObject element = selection instanceof IStructuredSelection s && s.getFirstElement() instanceof EObject e
				? e
				: null;
		CheckStates.Entry entry = element == null ? null : states.of(element);
		IAction openCheck = new Action(OpenCheck.LABEL + (entry == null ? "" : " (" + entry.text() + ")")) {
			@Override
			public void run() {
				if (element != null) {
					open.element(element);
				}
			}
		};
		openCheck.setEnabled(entry != null);
		IAction toggle = new Action(TOGGLE_LABEL, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				CheckStatesLayer.setVisible(!CheckStatesLayer.visible());
			}
		};
		toggle.setChecked(CheckStatesLayer.visible());
		return List.of(openCheck, toggle);
	}

	private void scheduleUpdate() {
		if (scheduled || closed || display.isDisposed()) {
			return;
		}
		scheduled = true;
		display.asyncExec(this::update);
	}

	/** Works the badges out again and repaints those that changed. */
	void update() {
		scheduled = false;
		if (closed) {
			return;
		}
		Set<EObject> changed = states.update(campaign.campaign(), context.plant());
		if (changed.isEmpty() || !CheckStatesLayer.visible()) {
			return;
		}
		diagrams.forEach(d -> d.redraw(changed));
		ioLists.forEach(IoListBadges::redraw);
	}

	private void layerToggled() {
		diagrams.forEach(d -> d.redraw(null));
		ioLists.forEach(IoListBadges::redraw);
		ToggleCheckStatesHandler.showLayerState();
	}

	/** The badges' diagram page for tests: the first one built, or null. */
	@Nullable
	DiagramBadges firstDiagram() {
		return diagrams.isEmpty() ? null : diagrams.get(0);
	}

	@Override
	public <T> @Nullable T getAdapter(Class<T> type) {
		return type == CheckBadges.class ? type.cast(new CheckBadges(this)) : null;
	}

	@Override
	public void close() {
		closed = true;
		campaign.removeListener(campaignChanged);
		CheckStatesLayer.removeListener(layerToggled);
		context.domain().getCommandStack().removeCommandStackListener(plantEdited);
	}
}
