// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/** The AAS export read back by AAS4J's own deserializers: equal environments, expected content, stable ids. */
package org.twinworks.interop.aas.tests;
