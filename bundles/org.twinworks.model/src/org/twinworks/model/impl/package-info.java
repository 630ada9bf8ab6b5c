// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generated implementation of the plant model. Not API: visible to the model tests only. */
package org.twinworks.model.impl;
