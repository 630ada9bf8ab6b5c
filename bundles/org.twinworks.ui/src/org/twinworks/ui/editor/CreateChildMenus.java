// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.twinworks.ui.emf.EmfImages;

/** "New Child" and "New Sibling" menus from the item providers' new-child descriptors. */
final class CreateChildMenus {
	private final EditingDomain domain;
	private final EmfImages images;

	CreateChildMenus(EditingDomain domain, ResourceManager resources) {
		this.domain = domain;
		this.images = new EmfImages(resources);
	}

	void fill(IMenuManager menu, IStructuredSelection selection) {
		if (selection.size() != 1) {
			return;
		}
		Object selected = selection.getFirstElement();
		MenuManager children = new MenuManager("New &Child");
		add(children, domain.getNewChildDescriptors(selected, null), selected, selection);
		MenuManager siblings = new MenuManager("New &Sibling");
		Object parent = domain.getParent(selected);
		if (parent != null && !(parent instanceof org.eclipse.emf.ecore.resource.Resource)) {
			add(siblings, domain.getNewChildDescriptors(null, selected), parent, selection);
		}
		menu.add(children);
		menu.add(siblings);
	}

	private void add(MenuManager menu, Collection<?> descriptors, Object owner, IStructuredSelection selection) {
		for (Object descriptor : descriptors) {
			Command command = CreateChildCommand.create(domain, owner, descriptor, selection.toList());
			if (command.canExecute()) {
				menu.add(new CreateAction(command, descriptor));
			}
		}
	}

	/** The label comes from the command (e.g. "Equipment"), the icon from the new child's item provider. */
	private final class CreateAction extends Action {
		private final Command command;

		CreateAction(Command command, Object descriptor) {
			super(command instanceof CreateChildCommand c ? c.getText() : command.getLabel());
			this.command = command;
			if (command instanceof CreateChildCommand c) {
				setToolTipText(c.getToolTipText());
				Object image = c.getImage();
				if (image != null) {
					setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromImage(images.get(image)));
				}
			}
			if (descriptor instanceof CommandParameter p && p.getValue() == null) {
				setEnabled(false);
			}
		}

		@Override
		public void run() {
			domain.getCommandStack().execute(command);
		}
	}
}
