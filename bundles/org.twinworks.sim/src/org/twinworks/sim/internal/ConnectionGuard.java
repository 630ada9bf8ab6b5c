// Copyright (c) 2026 Twinworks contributors.
// SPDX-License-Identifier: EPL-2.0
package org.twinworks.sim.internal;

import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.milo.opcua.stack.transport.server.uasc.UascServerAsymmetricHandler;
import org.eclipse.milo.opcua.stack.transport.server.uasc.UascServerSymmetricHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.util.AttributeKey;

/**
 * Bounds what connections that never authenticate can make the server hold. Milo's transport up to 1.1.4 keeps
 * the chunks of an unfinished message when its connection closes (CVE-2026-63252): a client that connects, sends
 * partial chunks and hangs up, again and again, exhausts direct memory without ever opening a secure channel. So
 * connections are counted and those over the limit closed at once; a connection that has no secure channel by the
 * deadline is closed; and when a connection closes, the chunks Milo's handlers still hold are released. With at
 * most {@code maxConnections} × one message's chunks held, memory stays bounded whatever clients send.
 * <p>
 * Past the handshake: one source address may hold at most half the connections, so one misbehaving client cannot
 * lock out the others; a connection that stalls inside a chunk (part of it sent, the rest never) is closed after
 * the same deadline; and one that sends nothing for longer than the longest session a client may have is closed,
 * since no session can still live on it (every session request resets its timeout, and is bytes on the wire).
 * Error replies leave with the specification's words, not Milo's exception text ({@link PlainErrorReplies}).
 */
@ChannelHandler.Sharable
final class ConnectionGuard extends ChannelDuplexHandler {
	private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
	/** Set on a channel once counted: Milo's rate limiter can close one before it is active, never counted. */
	private static final AttributeKey<Boolean> COUNTED = AttributeKey.valueOf("twinworks.connection.counted");
	private static final AttributeKey<Traffic> TRAFFIC = AttributeKey.valueOf("twinworks.connection.traffic");

	private final int maxConnections;
	private final Duration secureChannelDeadline;
	private final Duration idleLimit;
	private final int maxPerSource;
	private final AtomicInteger open = new AtomicInteger();
	private final Map<InetAddress, AtomicInteger> openBySource = new ConcurrentHashMap<>();
	private final AtomicBoolean refusalLogged = new AtomicBoolean();

	/**
	 * @param idleLimit how long a connection may send nothing: longer than the server's maximum session timeout
	 */
	ConnectionGuard(int maxConnections, Duration secureChannelDeadline, Duration idleLimit) {
		this.maxConnections = maxConnections;
		this.secureChannelDeadline = secureChannelDeadline;
		this.idleLimit = idleLimit;
		this.maxPerSource = Math.max(1, maxConnections / 2);
	}

	/** Connections one source address may hold at once. */
	int maxPerSource() {
		return maxPerSource;
	}

	/** Connections open now, refused ones included until they are closed. */
	int openConnections() {
		return open.get();
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) throws Exception {
		ctx.channel().attr(COUNTED).set(Boolean.TRUE);
		InetAddress source = sourceOf(ctx);
		int fromSource = openBySource.computeIfAbsent(source, s -> new AtomicInteger()).incrementAndGet();
		if (open.incrementAndGet() > maxConnections || fromSource > maxPerSource) {
			if (refusalLogged.compareAndSet(false, true)) {
				LOG.warn(
						"Virtual plant: more than {} connections at once, or {} from one address; closing the ones"
								+ " over the limit (from {})",
						maxConnections, maxPerSource, ctx.channel().remoteAddress());
			}
			ctx.close();
			return;
		}
		Traffic traffic = new Traffic(System.nanoTime());
		ctx.channel().attr(TRAFFIC).set(traffic);
		ctx.executor().schedule(() -> {
			if (ctx.channel().isActive() && ctx.pipeline().get(UascServerSymmetricHandler.class) == null) {
				LOG.info("Virtual plant: closing {}: no secure channel within {} s", ctx.channel().remoteAddress(),
						secureChannelDeadline.toSeconds());
				ctx.close();
			}
		}, secureChannelDeadline.toMillis(), TimeUnit.MILLISECONDS);
		scheduleTrafficCheck(ctx, traffic);
		super.channelActive(ctx);
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
		Traffic traffic = ctx.channel().attr(TRAFFIC).get();
		if (traffic != null && message instanceof ByteBuf bytes) {
			long now = System.nanoTime();
			traffic.lastReadNanos = now;
			traffic.chunk.arrived(bytes, now);
		}
		super.channelRead(ctx, message);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object message, ChannelPromise promise) throws Exception {
		if (message instanceof ByteBuf bytes && PlainErrorReplies.isError(bytes)) {
			LOG.info("Virtual plant: closing {} with {} ({})", ctx.channel().remoteAddress(),
					PlainErrorReplies.describe(PlainErrorReplies.statusCode(bytes)), PlainErrorReplies.reason(bytes));
			ByteBuf plain = PlainErrorReplies.plain(bytes, ctx.alloc());
			bytes.release();
			super.write(ctx, plain, promise);
			return;
		}
		super.write(ctx, message, promise);
	}

	/** Checks a connection's traffic a few times per deadline, on its own event loop, until it closes. */
	private void scheduleTrafficCheck(ChannelHandlerContext ctx, Traffic traffic) {
		long period = Math.max(50, secureChannelDeadline.toMillis() / 4);
		ctx.executor().schedule(() -> {
			if (!ctx.channel().isActive()) {
				return;
			}
			long now = System.nanoTime();
			if (traffic.chunk.stalled(now, secureChannelDeadline.toNanos())) {
				LOG.info("Virtual plant: closing {}: a message chunk left unfinished for {} s",
						ctx.channel().remoteAddress(), secureChannelDeadline.toSeconds());
				ctx.close();
			} else if (now - traffic.lastReadNanos > idleLimit.toNanos()) {
				LOG.info("Virtual plant: closing {}: nothing received for {} s, longer than any session may idle",
						ctx.channel().remoteAddress(), idleLimit.toSeconds());
				ctx.close();
			} else {
				scheduleTrafficCheck(ctx, traffic);
			}
		}, period, TimeUnit.MILLISECONDS);
	}

	private static InetAddress sourceOf(ChannelHandlerContext ctx) {
		return ctx.channel().remoteAddress() instanceof InetSocketAddress address && address.getAddress() != null
				? address.getAddress()
				: InetAddress.getLoopbackAddress();
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		if (ctx.channel().attr(COUNTED).getAndSet(null) != null) {
			open.decrementAndGet();
			InetAddress source = sourceOf(ctx);
			AtomicInteger fromSource = openBySource.get(source);
			if (fromSource != null && fromSource.decrementAndGet() <= 0) {
				openBySource.remove(source, fromSource);
			}
		}
		// the handlers are still in the pipeline here, and this runs on their event loop
		for (Map.Entry<String, ChannelHandler> entry : ctx.pipeline()) {
			if (entry.getValue() instanceof UascServerAsymmetricHandler
					|| entry.getValue() instanceof UascServerSymmetricHandler) {
				PendingChunks.release(entry.getValue());
			}
		}
		super.channelInactive(ctx);
	}

	/** What one connection has sent: written and read on its event loop only. */
	private static final class Traffic {
		final ChunkProgress chunk = new ChunkProgress();
		long lastReadNanos;

		Traffic(long now) {
			lastReadNanos = now;
		}
	}

	/**
	 * The chunks a Milo 1.1.x handler accumulates for an unfinished message (its private {@code chunkBuffers}).
	 * Reflection, because Milo offers no other way to reach them; when a later transport releases them itself (or
	 * renames the field) this finds nothing left to release and does nothing.
	 */
	static final class PendingChunks {
		private static final AtomicBoolean MISSING_LOGGED = new AtomicBoolean();

		private PendingChunks() {
		}

		static int release(ChannelHandler handler) {
			List<?> chunks = chunks(handler);
			if (chunks == null) {
				return 0;
			}
			int released = 0;
			for (Object chunk : chunks) {
				// Milo retained each chunk once when it kept it: drop that reference, and only that
				if (chunk instanceof ByteBuf buffer && buffer.refCnt() > 0) {
					buffer.release();
					released++;
				}
			}
			chunks.clear();
			return released;
		}

		private static List<?> chunks(ChannelHandler handler) {
			try {
				Field field = handler.getClass().getDeclaredField("chunkBuffers");
				field.setAccessible(true);
				return field.get(handler) instanceof List<?> list ? list : null;
			} catch (ReflectiveOperationException | RuntimeException e) {
				if (MISSING_LOGGED.compareAndSet(false, true)) {
					LOG.debug("Virtual plant: {} has no chunk list to release ({})", handler.getClass().getName(),
							e.toString());
				}
				return null;
			}
		}
	}
}
