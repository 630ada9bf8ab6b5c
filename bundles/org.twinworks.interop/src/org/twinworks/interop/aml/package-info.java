// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * AutomationML (CAEX 2.15 and 3.0) read into an import draft: the instance hierarchy becomes the plant hierarchy,
 * interfaces ports and signals, internal links connections, with {@code aml:<CAEX ID>} as source identities.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.aml;
