// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
/**
 * The tamper-evident evidence log: records in a SHA-256 hash chain with Ed25519-signed checkpoints, and its
 * verification. {@link org.twinworks.commissioning.evidence.EvidenceChain} appends,
 * {@link org.twinworks.commissioning.evidence.ChainVerifier} verifies,
 * {@link org.twinworks.commissioning.evidence.WorkstationKey} signs.
 *
 * <h2>File format, version 1 (enough to re-implement a verifier)</h2>
 * <p>
 * A chain file (e.g. {@code plant.twincx.chain} beside {@code plant.twincx}) is UTF-8 text, one record per line,
 * every line ended by LF (0x0A). Record {@code i} is line {@code i + 1}; indexes start at 0 and go up by one. A last
 * line without LF was torn by a crash while appending and is not a record. A line holds six fields separated by TAB
 * (0x09):
 * <ol>
 * <li><b>index</b>: decimal ASCII digits, no sign, no leading zeros;</li>
 * <li><b>time</b>: UTC in exactly the form {@code yyyy-MM-ddTHH:mm:ss.SSSZ} (24 characters, milliseconds);</li>
 * <li><b>kind</b>: non-empty, escaped as below;</li>
 * <li><b>payload</b>: any text, escaped as below;</li>
 * <li><b>previous hash</b>: the hash of record {@code index - 1}; for record 0 the genesis value, 64 zeros;</li>
 * <li><b>hash</b>: this record's hash.</li>
 * </ol>
 * Escaping (kind and payload): backslash is written {@code \\}, TAB {@code \t}, LF {@code \n}, CR {@code \r}, any
 * other character below U+0020, and U+007F, as a backslash, {@code u} and four lower-case hex digits (e.g. U+001B as
 * backslash {@code u001b}). Every other character is
 * written as itself, and no other escape is valid, so each value has exactly one spelling. A line may be at most
 * 1 MiB (1,048,576 bytes) without its LF.
 *
 * <h2>Hash</h2>
 * <p>
 * A <i>length-prefixed field</i> is the 4-byte big-endian unsigned length of its bytes followed by those bytes. A
 * record's hash is SHA-256 over the concatenation of these length-prefixed fields, written as 64 lower-case hex
 * digits:
 * <ol>
 * <li>the ASCII text {@code twinworks-evidence-record-v1};</li>
 * <li>the index as ASCII decimal, as written in the line;</li>
 * <li>the time as ASCII, as written in the line;</li>
 * <li>the kind, unescaped, as UTF-8;</li>
 * <li>the payload, unescaped, as UTF-8;</li>
 * <li>the previous hash as 64 ASCII lower-case hex digits.</li>
 * </ol>
 * For example an empty payload contributes the four bytes {@code 00 00 00 00}.
 *
 * <h2>Checkpoints</h2>
 * <p>
 * A record of kind {@code checkpoint} is a chained record like any other; its payload is
 * {@code signed-index=N signed-hash=H public-key=K signature=S} (these four, in this order, one space apart). N is the
 * index of the record before the checkpoint ({@code -1} when the checkpoint is record 0) and H its hash (the
 * checkpoint's previous hash, the genesis value when N is -1). K is the signer's Ed25519 public key, X.509
 * SubjectPublicKeyInfo DER in standard Base64 with padding; S is the 64-byte Ed25519 signature (RFC 8032, pure
 * Ed25519), Base64, over the concatenation of these length-prefixed fields:
 * <ol>
 * <li>the ASCII text {@code twinworks-evidence-checkpoint-v1};</li>
 * <li>N as ASCII decimal ({@code -1} written with its sign);</li>
 * <li>H as 64 ASCII lower-case hex digits;</li>
 * <li>the checkpoint record's own time, as written in its line.</li>
 * </ol>
 * A key's fingerprint is SHA-256 over K's DER bytes, written as upper-case hex bytes separated by colons.
 *
 * <h2>What the chain proves</h2>
 * <p>
 * The hashes catch an edited, removed, reordered or inserted record. They cannot show that records were cut off the
 * end, so the commissioning record keeps the {@link org.twinworks.commissioning.evidence.ChainHead} (count and last
 * hash) and the report prints it. Someone who rewrites the whole chain can recompute every hash; only the
 * checkpoints, signed by a key the reviewer trusts, show that: records after the last checkpoint are chained but not
 * yet signed.
 */
@org.jspecify.annotations.NullMarked
package org.twinworks.commissioning.evidence;
