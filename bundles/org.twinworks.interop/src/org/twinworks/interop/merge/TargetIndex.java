// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.merge;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.jspecify.annotations.Nullable;
import org.twinworks.model.Equipment;
import org.twinworks.model.EquipmentType;
import org.twinworks.model.Named;
import org.twinworks.model.Plant;
import org.twinworks.model.Signal;

/** The open plant's elements by source identity and, for signals and equipment outside the type library, by tag. */
final class TargetIndex {

	private final Map<String, EObject> bySourceId = new HashMap<>();
	private final Map<String, EObject> byTag = new HashMap<>();

	TargetIndex(Plant plant) {
		for (Iterator<EObject> all = plant.eAllContents(); all.hasNext();) {
			EObject element = all.next();
			if (element instanceof Named named && !blank(named.getSourceId())) {
				bySourceId.putIfAbsent(key(element.eClass(), named.getSourceId()), element);
			}
			String tag = tagOf(element);
			if (tag != null) {
				byTag.putIfAbsent(key(element.eClass(), tag), element);
			}
		}
	}

	/** Keyed by kind too: a CSV list names equipment and signals alike ({@code csv:<tag>}). */
	@Nullable
	EObject bySourceId(EClass kind, String sourceId) {
		return bySourceId.get(key(kind, sourceId));
	}

	@Nullable
	EObject byTag(EClass kind, String tag) {
		return byTag.get(key(kind, tag));
	}

	/** The tag that identifies the element plant-wide: signals and equipment of the hierarchy, not type templates. */
	static @Nullable String tagOf(EObject element) {
		if (inTypeLibrary(element)) {
			return null;
		}
		String tag = element instanceof Signal signal
				? signal.getTag()
				: element instanceof Equipment equipment ? equipment.getTag() : null;
		return blank(tag) ? null : tag;
	}

	static boolean inTypeLibrary(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof EquipmentType) {
				return true;
			}
		}
		return false;
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	private static String key(EClass kind, String tag) {
		return kind.getName() + '\u0000' + tag;
	}
}
