// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * Harnesses that prove the product's files survive what users and machines do to them (issue 19): each runs
 * bounded in time from releng/reliability/run.sh and prints its figures for the README's Reliability section.
 */
package org.twinworks.reliability;
