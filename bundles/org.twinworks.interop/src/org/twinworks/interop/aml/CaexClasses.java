// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.interop.aml;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The class libraries a CAEX file declares, by path ({@code Lib/Class/SubClass}). A path into a library of this file
 * must name a class of it; a path into a library the file does not hold (an external reference, a standard library)
 * is taken at its word, since CAEX lets files refer to libraries they do not carry.
 */
final class CaexClasses {
	private static final String[][] LIBRARIES = {{"RoleClassLib", "RoleClass"},
			{"SystemUnitClassLib", "SystemUnitClass"}, {"InterfaceClassLib", "InterfaceClass"}};

	private final Set<String> libraries = new HashSet<>();
	private final Map<String, CaexElement> classes = new HashMap<>();

	CaexClasses(CaexElement root) {
		for (String[] library : LIBRARIES) {
			for (CaexElement lib : root.children(library[0])) {
				String name = lib.attribute("Name", "");
				libraries.add(name);
				collect(lib, library[1], name);
			}
		}
	}

	private void collect(CaexElement parent, String classTag, String prefix) {
		for (CaexElement element : parent.children(classTag)) {
			String path = prefix + "/" + element.attribute("Name", "");
			classes.put(path, element);
			collect(element, classTag, path);
		}
	}

	/** The class a path names in this file, or null (unknown, or in a library the file does not hold). */
	@Nullable
	CaexElement find(String path) {
		return classes.get(path);
	}

	/** True when the path points into a library of this file but names no class of it. */
	boolean isBroken(String path) {
		if (path.isEmpty()) {
			return false;
		}
		int slash = path.indexOf('/');
		String library = slash < 0 ? path : path.substring(0, slash);
		return !library.contains("@") && libraries.contains(library) && slash > 0 && !classes.containsKey(path);
	}

	/**
	 * The path and its base classes declared in this file (RefBaseClassPath), most specific first, so a user role
	 * derived from a standard one is recognised by the standard name.
	 */
	Iterable<String> lineage(String path) {
		java.util.List<String> chain = new java.util.ArrayList<>();
		String current = path;
		while (current != null && !current.isEmpty() && chain.size() < 32 && !chain.contains(current)) {
			chain.add(current);
			CaexElement found = classes.get(current);
			String base = found == null ? null : found.attribute("RefBaseClassPath");
			if (base != null && !base.contains("/") && found != null) {
				// relative to the same parent, as AutomationML's own libraries write it
				base = current.substring(0, current.lastIndexOf('/', current.lastIndexOf('/') - 1) + 1) + base;
			}
			current = base;
		}
		return chain;
	}
}
