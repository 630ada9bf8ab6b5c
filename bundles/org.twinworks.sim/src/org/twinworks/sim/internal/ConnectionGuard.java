package org.twinworks.sim.internal;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.AttributeKey;

/**
 * Bounds what connections that never authenticate can make the server hold. Milo's transport up to 1.1.4 keeps
 * the chunks of an unfinished message when its connection closes (CVE-2026-63252): a client that connects, sends
 * partial chunks and hangs up, again and again, exhausts direct memory without ever opening a secure channel. So
 * connections are counted and those over the limit closed at once; a connection that has no secure channel by the
 * deadline is closed; and when a connection closes, the chunks Milo's handlers still hold are released. With at
 * most {@code maxConnections} × one message's chunks held, memory stays bounded whatever clients send.
 */
@ChannelHandler.Sharable
final class ConnectionGuard extends ChannelInboundHandlerAdapter {
	private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
	/** Set on a channel once counted: Milo's rate limiter can close one before it is active, never counted. */
	private static final AttributeKey<Boolean> COUNTED = AttributeKey.valueOf("twinworks.connection.counted");

	private final int maxConnections;
	private final Duration secureChannelDeadline;
	private final AtomicInteger open = new AtomicInteger();
	private final AtomicBoolean refusalLogged = new AtomicBoolean();

	ConnectionGuard(int maxConnections, Duration secureChannelDeadline) {
		this.maxConnections = maxConnections;
		this.secureChannelDeadline = secureChannelDeadline;
	}

	/** Connections open now, refused ones included until they are closed. */
	int openConnections() {
		return open.get();
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) throws Exception {
		ctx.channel().attr(COUNTED).set(Boolean.TRUE);
		if (open.incrementAndGet() > maxConnections) {
			if (refusalLogged.compareAndSet(false, true)) {
				LOG.warn("Virtual plant: more than {} connections at once; closing the ones over the limit (from {})",
						maxConnections, ctx.channel().remoteAddress());
			}
			ctx.close();
			return;
		}
		ctx.executor().schedule(() -> {
			if (ctx.channel().isActive() && ctx.pipeline().get(UascServerSymmetricHandler.class) == null) {
				LOG.info("Virtual plant: closing {}: no secure channel within {} s", ctx.channel().remoteAddress(),
						secureChannelDeadline.toSeconds());
				ctx.close();
			}
		}, secureChannelDeadline.toMillis(), TimeUnit.MILLISECONDS);
		super.channelActive(ctx);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		if (ctx.channel().attr(COUNTED).getAndSet(null) != null) {
			open.decrementAndGet();
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
