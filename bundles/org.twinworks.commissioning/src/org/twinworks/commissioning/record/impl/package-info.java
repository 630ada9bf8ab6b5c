// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generated implementation of the commissioning record. */
package org.twinworks.commissioning.record.impl;
