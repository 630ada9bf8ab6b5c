// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Each piece of equipment of a plant as an Asset Administration Shell (IEC 63278, metamodel v3) with Digital
 * Nameplate, Technical Data and operational-data submodels, written as AAS JSON or an AASX package with Eclipse AAS4J.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.interop.aas;
