// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.commands;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.UniqueTags;

/**
 * Paste, then retag what was pasted so tags stay unique in the plant: P-101 pasted next to P-101 becomes
 * P-102, and its signals follow (P-101.RUN becomes P-102.RUN). One undoable command. (Copies get new UUIDs
 * anyway: the resource gives every attached element a fresh id.)
 */
public final class PasteWithUniqueTags extends CompoundCommand {
	private final EditingDomain domain;

	private PasteWithUniqueTags(EditingDomain domain, Command paste) {
		super("Paste");
		this.domain = domain;
		append(paste);
	}

	public static Command create(EditingDomain domain, Object owner) {
		return new PasteWithUniqueTags(domain, PasteFromClipboardCommand.create(domain, owner, null));
	}

	@Override
	public void execute() {
		super.execute();
		List<EObject> pasted = new ArrayList<>();
		for (Object o : getCommandList().get(0).getAffectedObjects()) {
			if (o instanceof EObject e) {
				pasted.add(e);
			}
		}
		Plant plant = pasted.isEmpty() ? null : ModelPaths.plantOf(pasted.get(0));
		if (plant == null) {
			return;
		}
		Set<EObject> pastedAll = new HashSet<>();
		pasted.forEach(e -> {
			pastedAll.add(e);
			e.eAllContents().forEachRemaining(pastedAll::add);
		});
		Set<String> equipmentTags = new HashSet<>();
		Set<String> signalTags = new HashSet<>();
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject e = it.next();
			if (e instanceof org.twinworks.model.EquipmentType) {
				it.prune(); // templates are not plant tags
				continue;
			}
			if (pastedAll.contains(e)) {
				continue;
			}
			if (e instanceof Equipment eq && eq.getTag() != null) {
				equipmentTags.add(eq.getTag());
			} else if (e instanceof Signal s && s.getTag() != null) {
				signalTags.add(s.getTag());
			}
		}
		for (EObject root : pasted) {
			retag(root, equipmentTags, signalTags);
			for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
				retag(it.next(), equipmentTags, signalTags);
			}
		}
	}

	private void retag(EObject element, Set<String> equipmentTags, Set<String> signalTags) {
		if (element instanceof Equipment equipment && equipment.getTag() != null) {
			String old = equipment.getTag();
			String fresh = UniqueTags.nextFree(old, equipmentTags);
			equipmentTags.add(fresh);
			if (!fresh.equals(old)) {
				appendAndExecute(SetCommand.create(domain, equipment, TwinPackage.Literals.EQUIPMENT__TAG, fresh));
				for (Signal signal : equipment.getSignals()) {
					if (signal.getTag() != null && signal.getTag().startsWith(old + ".")) {
						appendAndExecute(SetCommand.create(domain, signal, TwinPackage.Literals.SIGNAL__TAG,
								fresh + signal.getTag().substring(old.length())));
					}
				}
			}
		} else if (element instanceof Signal signal && signal.getTag() != null) {
			String fresh = UniqueTags.nextFree(signal.getTag(), signalTags);
			signalTags.add(fresh);
			if (!fresh.equals(signal.getTag())) {
				appendAndExecute(SetCommand.create(domain, signal, TwinPackage.Literals.SIGNAL__TAG, fresh));
			}
		}
	}
}
