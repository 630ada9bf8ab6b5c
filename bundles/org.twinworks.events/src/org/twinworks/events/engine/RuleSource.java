// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.events.engine;

import java.io.IOException;
import java.nio.file.Path;

import org.twinworks.events.DetectorProvider;

/**
 * Reads a rules file (given to {@code watch} and {@code analyse} with {@code --rules}) into the provider of its
 * rules' detectors. The rules language implements it; {@link Deductions#ruleSource()} finds it.
 */
@FunctionalInterface
public interface RuleSource {

	/** The rules of {@code file}; an IOException names the file (and line) that could not be read. */
	DetectorProvider load(Path file) throws IOException;
}
