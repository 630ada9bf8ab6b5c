// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aas;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.twinworks.model.Equipment;
import org.twinworks.model.Plant;
import org.twinworks.model.rules.ModelPaths;

/**
 * Globally unique, stable identifiers: a name-based UUID ({@code urn:uuid:…}) of the plant's identity (its namespace
 * URI, else its name) and the equipment's (its source id when it came from another tool, else its path in the plant),
 * so exporting the same plant again gives the same shell, asset and submodel ids.
 */
public final class AasIds {
	private final String plantKey;

	public AasIds(Plant plant) {
		String namespace = plant.getNamespaceUri();
		this.plantKey = namespace != null && !namespace.isBlank()
				? namespace
				: "name:" + (plant.getName() == null ? "" : plant.getName());
	}

	/** The shell's id. */
	public String shell(Equipment equipment) {
		return id(equipment, "shell");
	}

	/** The asset's global id. */
	public String asset(Equipment equipment) {
		return id(equipment, "asset");
	}

	/** The id of one of the equipment's submodels, e.g. {@code submodel("Nameplate")}. */
	public String submodel(Equipment equipment, String submodel) {
		return id(equipment, "submodel:" + submodel);
	}

	private String id(Equipment equipment, String what) {
		String sourceId = equipment.getSourceId();
		String identity = sourceId != null && !sourceId.isBlank()
				? "source:" + sourceId
				: "path:" + ModelPaths.path(equipment);
		String seed = "twinworks:aas:" + plantKey + "|" + identity + "|" + what;
		return "urn:uuid:" + UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A valid idShort ({@code [a-zA-Z][a-zA-Z0-9_-]*[a-zA-Z0-9_]}) for {@code text}, unique among {@code taken}
	 * (which it is added to): other characters become {@code _}, a leading non-letter gets an {@code X} prefix.
	 */
	public static String idShort(String text, Set<String> taken) {
		StringBuilder out = new StringBuilder(text.length() + 1);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean ascii = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-');
			out.append(ascii ? c : '_');
		}
		if (out.isEmpty() || !Character.isLetter(out.charAt(0))) {
			out.insert(0, 'X');
		}
		if (out.charAt(out.length() - 1) == '-') {
			out.setCharAt(out.length() - 1, '_');
		}
		String base = out.toString();
		String candidate = base;
		for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
			candidate = base + "_" + n;
		}
		return candidate;
	}
}
