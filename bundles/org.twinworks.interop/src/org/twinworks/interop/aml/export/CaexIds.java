// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.jspecify.annotations.Nullable;
import org.twinworks.interop.aml.AmlImporter;
import org.twinworks.model.Equipment;
import org.twinworks.model.Named;
import org.twinworks.model.Property;
import org.twinworks.model.Signal;

/**
 * The CAEX ID of each exported element. An element imported from AutomationML keeps its CAEX ID; any other gets a
 * name-based UUID from, in this order, its source id, its id in the plant file (xmi:id), or its place in the plant
 * by names and tags (not positions, so adding an element elsewhere changes no other ID). Exporting the same plant
 * twice therefore gives the same IDs; a seed two elements share gets a counter, in document order.
 */
final class CaexIds {
	private final Map<EObject, String> ids = new IdentityHashMap<>();
	private final Set<String> used = new HashSet<>();
	private final Map<String, Integer> next = new HashMap<>();
	private final MessageDigest md5;

	CaexIds() {
		try {
			md5 = MessageDigest.getInstance("MD5");
		} catch (NoSuchAlgorithmException notInThisJdk) {
			throw new IllegalStateException("every Java platform has MD5", notInThisJdk);
		}
	}

	String of(EObject element) {
		String id = ids.get(element);
		if (id == null) {
			id = unique(kept(element), seed(element));
			ids.put(element, id);
		}
		return id;
	}

	/** The ID of a part of an element that is no model element itself (an interface of a loop, a condition). */
	String of(EObject owner, String part) {
		return unique(null, "part:" + of(owner) + "/" + part);
	}

	boolean has(EObject element) {
		return ids.containsKey(element);
	}

	private String unique(@Nullable String kept, String seed) {
		if (kept != null && used.add(kept)) {
			return kept;
		}
		String id = uuid(seed);
		if (used.add(id)) {
			return id;
		}
		// counted per seed, so a thousand unnamed connections cost a thousand UUIDs, not half a million
		int i = next.getOrDefault(seed, 2);
		for (id = uuid(seed + "#" + i); !used.add(id); i++) {
			id = uuid(seed + "#" + (i + 1));
		}
		next.put(seed, i + 1);
		return id;
	}

	private static @Nullable String kept(EObject element) {
		String sourceId = element instanceof Named named ? named.getSourceId() : null;
		if (sourceId != null && sourceId.startsWith(AmlImporter.SCOPE) && !sourceId.startsWith(AmlImporter.CLASS_PREFIX)
				&& !sourceId.startsWith(AmlImporter.SCOPE + "name:")) {
			return sourceId.substring(AmlImporter.SCOPE.length());
		}
		return null;
	}

	private static String seed(EObject element) {
		String sourceId = element instanceof Named named ? named.getSourceId() : null;
		if (sourceId != null && !sourceId.isBlank()) {
			return sourceId; // as earlier exports seeded it, so their IDs stay
		}
		Resource resource = element.eResource();
		if (resource instanceof XMLResource xml && xml.getID(element) != null) {
			return "xmi:" + xml.getID(element);
		}
		return "place:" + place(element);
	}

	private static String place(EObject element) {
		StringBuilder place = new StringBuilder();
		for (EObject at = element; at != null && at.eContainer() != null; at = at.eContainer()) {
			place.insert(0, "/" + at.eContainmentFeature().getName() + ":" + label(at));
		}
		return place.toString();
	}

	private static String label(EObject element) {
		if (element instanceof Equipment equipment && equipment.getTag() != null) {
			return equipment.getTag();
		}
		if (element instanceof Signal signal && signal.getTag() != null) {
			return signal.getTag();
		}
		if (element instanceof Named named && named.getName() != null) {
			return named.getName();
		}
		if (element instanceof Property property && property.getKey() != null) {
			return property.getKey();
		}
		return element.eClass().getName();
	}

	/** {@link UUID#nameUUIDFromBytes} with one digest for the export instead of a provider lookup an ID. */
	private String uuid(String seed) {
		byte[] hash = md5.digest(("twinworks:" + seed).getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x30); // version 3: name-based, MD5
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
		return new UUID(ByteBuffer.wrap(hash, 0, 8).getLong(), ByteBuffer.wrap(hash, 8, 8).getLong()).toString();
	}
}
