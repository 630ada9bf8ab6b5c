// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Validating a whole plant model: EMF's structural checks and the model's rules in one pass, flattened into
 * problems that name the element by kind, tag and path.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.validation;
