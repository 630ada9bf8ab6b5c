// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.ui.live.tests;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A reference path from roots to a target, found by reflection through the objects of our own classes (and the
 * JDK's collections, arrays and lambdas they hold): what a view keeps itself, not what the workbench or SWT keep.
 */
final class ReferencePaths {
	private ReferencePaths() {
	}

	/** The path, or null when the target is not reachable from the roots through our own objects. */
	static String find(Object target, Map<String, Object> roots) {
		IdentityHashMap<Object, String> seen = new IdentityHashMap<>();
		ArrayDeque<Object> queue = new ArrayDeque<>();
		roots.forEach((name, root) -> {
			if (root != null && !seen.containsKey(root)) {
				seen.put(root, name);
				queue.add(root);
			}
		});
		int visited = 0;
		while (!queue.isEmpty() && visited < 3_000_000) {
			Object o = queue.poll();
			visited++;
			String path = seen.get(o);
			if (o == target) {
				return path;
			}
			Class<?> c = o.getClass();
			if (c.isArray()) {
				if (!c.getComponentType().isPrimitive()) {
					int n = Array.getLength(o);
					for (int i = 0; i < n; i++) {
						add(Array.get(o, i), path + "[" + i + "]", seen, queue);
					}
				}
				continue;
			}
			if (o instanceof Map<?, ?> m && c.getName().startsWith("java.")) {
				try {
					for (Map.Entry<?, ?> e : m.entrySet()) {
						add(e.getKey(), path + ".key", seen, queue);
						add(e.getValue(), path + "{" + e.getKey() + "}", seen, queue);
					}
				} catch (RuntimeException e) {
					// concurrently changed
				}
				continue;
			}
			if (o instanceof Collection<?> col && c.getName().startsWith("java.")) {
				try {
					int i = 0;
					for (Object e : col) {
						add(e, path + "<" + i++ + ">", seen, queue);
					}
				} catch (RuntimeException e) {
					// concurrently changed
				}
				continue;
			}
			if (!c.getName().startsWith("org.twinworks.")) {
				continue; // the workbench's, SWT's, EMF's: not what our views keep
			}
			for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
				for (Field f : k.getDeclaredFields()) {
					if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
						continue;
					}
					try {
						f.setAccessible(true);
						add(f.get(o), path + " -> " + k.getSimpleName() + "." + f.getName(), seen, queue);
					} catch (RuntimeException | IllegalAccessException e) {
						// not open to us
					}
				}
			}
		}
		return null;
	}

	private static void add(Object o, String path, IdentityHashMap<Object, String> seen, ArrayDeque<Object> queue) {
		if (o != null && !(o instanceof String) && !(o instanceof Number) && !seen.containsKey(o)) {
			seen.put(o, path);
			queue.add(o);
		}
	}
}
