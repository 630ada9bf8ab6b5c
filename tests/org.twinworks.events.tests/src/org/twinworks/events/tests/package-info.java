// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** Tests of the event engine, its feeds, its log and the deductions, live against a virtual plant. */
package org.twinworks.events.tests;
