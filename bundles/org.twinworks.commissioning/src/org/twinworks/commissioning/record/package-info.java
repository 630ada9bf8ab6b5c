// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The commissioning record (generated from model/commissioning.ecore): a campaign, its sessions, checks with steps and
 * evidence, punch items and signatures. Hand-written logic lives in the other packages of this bundle.
 */
package org.twinworks.commissioning.record;
