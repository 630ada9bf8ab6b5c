// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Generated switch, adapter factory and validator of the plant model (the validator calls the rules). */
package org.twinworks.model.util;
