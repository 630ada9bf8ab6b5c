// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The plant model's API, generated from {@code model/twinworks.ecore} into {@code src-gen/}: twins with their
 * endpoints and bindings, plants with areas, work centres and units, equipment (and equipment types) with ports,
 * signals, alarm limits and properties, connections, control loops and interlocks.
 */
package org.twinworks.model;
