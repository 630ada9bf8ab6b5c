// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** A plant written as AutomationML with CAEX 3.0, with the role class library its elements reference. */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.aml.export;
