// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Equipment types as templates: instantiating a library type gives equipment its ports, signals and properties. */
@org.jspecify.annotations.NullMarked
package org.twinworks.model.types;
