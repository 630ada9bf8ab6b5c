// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generated EMF.Edit item providers of the plant model: labels, icons, property descriptors and child creation. */
package org.twinworks.model.provider;
