// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.model.edit.quickfix;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Connection;
import org.twinworks.model.ControlLoop;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Interlock;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;
import org.twinworks.model.TwinPackage;
import org.twinworks.model.rules.ModelPaths;
import org.twinworks.model.rules.ProblemCode;
import org.twinworks.model.rules.UniqueTags;

/**
 * A duplicate tag becomes the next free one, numbered as engineers do (FT-101 taken: FT-102; PUMP: PUMP-1);
 * an equipment's signals follow it (P-101.RUN becomes P-102.RUN), as after a paste. Tags are unique per kind, as
 * the rule checks them: equipment, signals, connections, loops and interlocks together.
 */
final class RenameToFreeTag implements QuickFix {

	@Override
	public ProblemCode code() {
		return ProblemCode.DUPLICATE_TAG;
	}

	@Override
	public String label() {
		return "Rename to the next free tag";
	}

	@Override
	public boolean appliesTo(EObject element) {
		String tag = ModelPaths.tagOf(element);
		return tag != null && !tag.isBlank() && ModelPaths.plantOf(element) != null;
	}

	@Override
	public Command create(EditingDomain domain, Collection<? extends EObject> elements, @Nullable Object choice) {
		return new DeferredCommand(label()) {
			@Override
			protected void build() {
				for (EObject element : elements) {
					if (appliesTo(element)) {
						rename(element, domain, this);
					}
				}
			}
		};
	}

	private static void rename(EObject element, EditingDomain domain, DeferredCommand command) {
		String old = ModelPaths.tagOf(element).strip();
		Set<String> used = tagsLike(element);
		if (!used.contains(old)) {
			return; // no longer a duplicate: an earlier fix renamed the other one
		}
		String fresh = UniqueTags.nextFree(old, used);
		command.appendAndExecute(SetCommand.create(domain, element, tagFeature(element), fresh));
		if (element instanceof Equipment equipment) {
			Set<String> signalTags = null;
			for (Signal signal : equipment.getSignals()) {
				if (signal.getTag() != null && signal.getTag().startsWith(old + ".")) {
					if (signalTags == null) {
						signalTags = tagsLike(signal);
					}
					String followed = UniqueTags.nextFree(fresh + signal.getTag().substring(old.length()), signalTags);
					signalTags.add(followed);
					command.appendAndExecute(
							SetCommand.create(domain, signal, TwinPackage.Literals.SIGNAL__TAG, followed));
				}
			}
		}
	}

	/** The tags of the plant's other elements that share the element's tag space. */
	private static Set<String> tagsLike(EObject element) {
		Set<String> used = new HashSet<>();
		Plant plant = ModelPaths.plantOf(element);
		for (TreeIterator<EObject> it = plant.eAllContents(); it.hasNext();) {
			EObject other = it.next();
			if (other instanceof EquipmentType) {
				it.prune(); // templates are not plant tags
			} else if (other != element && space(other) == space(element)) {
				String tag = ModelPaths.tagOf(other);
				if (tag != null && !tag.isBlank()) {
					used.add(tag.strip());
				}
			}
		}
		return used;
	}

	private static int space(EObject element) {
		if (element instanceof Equipment) {
			return 1;
		} else if (element instanceof Signal) {
			return 2;
		} else if (element instanceof Connection) {
			return 3;
		} else if (element instanceof ControlLoop || element instanceof Interlock) {
			return 4;
		}
		return 0;
	}

	private static EStructuralFeature tagFeature(EObject element) {
		return element.eClass().getEStructuralFeature("tag");
	}
}
