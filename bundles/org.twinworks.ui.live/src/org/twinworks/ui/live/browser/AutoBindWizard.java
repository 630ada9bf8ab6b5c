// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.browser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.twinworks.model.Endpoint;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.twinworks.ui.live.LiveModel;
import org.twinworks.ui.live.EndpointConnection;
import org.twinworks.live.binding.AutoBindMatcher;
import org.twinworks.live.binding.BindCommands;

/**
 * Auto-Bind: browses the endpoint's server (a cancellable job), matches the model's signals to its variables by
 * {@link AutoBindRules}, previews every match, and binds the checked ones as one undoable command on the
 * editor's stack.
 */
public final class AutoBindWizard extends Wizard {
	public static final String TITLE = "Auto-Bind";

	private final EditingDomain domain;
	private final Plant plant;
	private final EndpointConnection connection;
	private AutoBindPage page;

	public AutoBindWizard(EditingDomain domain, Plant plant, EndpointConnection connection) {
		this.domain = domain;
		this.plant = plant;
		this.connection = connection;
		setWindowTitle(TITLE + " — " + connection.endpoint().getName());
		setNeedsProgressMonitor(false);
	}

	/** Opens the wizard for the editor of {@code connection}'s model; tells the user when no editor shows it. */
	public static void open(Shell shell, IWorkbenchPage workbenchPage, EndpointConnection connection) {
		IEditorPart editor = SubtreeImport.editorOf(workbenchPage, connection);
		if (editor != null) {
			dialog(shell, editor, connection).open();
			return;
		}
		MessageDialog.openInformation(shell, TITLE,
				"No open editor shows the model of " + connection.endpoint().getName());
	}

	/** The wizard's dialog for {@code editor} (which adapts to its model's live side and editing domain), not yet open. */
	public static WizardDialog dialog(Shell shell, IAdaptable editor, EndpointConnection connection) {
		Plant plant = Adapters.adapt(editor, LiveModel.class).plant();
		EditingDomain domain = Adapters.adapt(editor, IEditingDomainProvider.class).getEditingDomain();
		WizardDialog dialog = new WizardDialog(shell, new AutoBindWizard(domain, plant, connection));
		dialog.setPageSize(820, 420);
		return dialog;
	}

	@Override
	public void addPages() {
		page = new AutoBindPage(connection, signals());
		addPage(page);
	}

	/** The plant's signals (not its types' templates), in model order. */
	private List<Signal> signals() {
		java.util.ArrayList<Signal> signals = new java.util.ArrayList<>();
		for (java.util.Iterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Signal signal && signal.getEquipment() != null) {
				signals.add(signal);
			}
		}
		return signals;
	}

	@Override
	public boolean performFinish() {
		Command bind = command();
		if (bind == null || !bind.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(bind);
		return true;
	}

	/** The one command binding every checked proposal, or null when none is checked. */
	Command command() {
		Map<Signal, String> nodeIds = new LinkedHashMap<>();
		Endpoint endpoint = null;
		for (AutoBindMatcher.Proposal proposal : page.checked()) {
			endpoint = BindCommands.endpointIn(plant, proposal.node());
			nodeIds.put(proposal.signal(), proposal.node().node().nodeId());
		}
		return nodeIds.isEmpty() || endpoint == null ? null : BindCommands.bindAll(domain, nodeIds, endpoint);
	}

	@Override
	public boolean performCancel() {
		page.cancelBrowsing();
		return true;
	}

	/** The preview page (tests drive it). */
	public AutoBindPage page() {
		return page;
	}
}
