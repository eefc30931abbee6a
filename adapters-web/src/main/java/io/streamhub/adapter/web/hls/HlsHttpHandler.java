package io.streamhub.adapter.web.hls;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPromise;
import io.netty.channel.DefaultFileRegion;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.ReadOnlyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.AsciiString;
import io.netty.util.ReferenceCountUtil;
import io.streamhub.domain.hls.HlsFileType;
import io.streamhub.domain.hls.HlsPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers {@code /hls/} requests of public apps on the Netty event loop, ahead of Micronaut's router:
 * playlists from memory, segments as {@link DefaultFileRegion}s (sendfile, zero-copy) unless TLS is
 * in the pipeline. Requests of apps with private playback, and of rooms another cluster node serves,
 * go on to Micronaut ({@link HlsController} checks the caller or proxies there); everything else passes
 * through untouched.
 *
 * <p>HTTP/1.1 answers must leave in request order. The handler counts the requests it passed on whose
 * answer has not been written yet; an HLS request that arrives while some are pending (a pipelining
 * client) is held, with everything after it, until they are answered. At most {@value #MAX_HELD}
 * messages are held; beyond that the connection is closed.
 */
final class HlsHttpHandler extends ChannelDuplexHandler {
    static final int MAX_HELD = 64;
    private static final String CORK_OPTION = "io.netty.channel.epoll.EpollChannelOption#TCP_CORK";
    private static final byte[] NOT_FOUND = "{\"data\":null,\"error\":{\"code\":\"not_found\",\"message\":\"HLS resource not found\"}}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] NOT_ALLOWED = ("{\"data\":null,\"error\":{\"code\":\"method_not_allowed\","
            + "\"message\":\"only GET, HEAD and OPTIONS are allowed on /hls/\"}}").getBytes(StandardCharsets.UTF_8);

    private final HlsFileStore files;
    private final HlsPlaybackGate gate;
    private final ArrayDeque<Object> held = new ArrayDeque<>();
    /** Requests passed on to Micronaut whose answer is not complete yet. */
    private int pending;
    /** The body of a request this handler answered is being dropped. */
    private boolean discarding;

    HlsHttpHandler(HlsFileStore files, HlsPlaybackGate gate) {
        this.files = files;
        this.gate = gate;
    }

    static boolean isHls(Object msg) {
        return msg instanceof HttpRequest request && request.uri().startsWith(HlsPath.PREFIX);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!held.isEmpty() || (pending > 0 && isHls(msg))) {
            held.add(msg);
            if (held.size() > MAX_HELD) {
                releaseHeld();
                ctx.close();
            }
            return;
        }
        process(ctx, msg);
    }

    private void process(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            discarding = false;
            if (isHls(request) && answer(ctx, request)) {
                discarding = !(msg instanceof LastHttpContent);
                ReferenceCountUtil.release(msg);
                return;
            }
            pending++;
            ctx.fireChannelRead(msg);
            return;
        }
        if (discarding && msg instanceof HttpContent content) {
            discarding = !(content instanceof LastHttpContent);
            content.release();
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        boolean completes = msg instanceof LastHttpContent
                && !(msg instanceof HttpResponse response && response.status().codeClass() == HttpStatusClass.INFORMATIONAL);
        ctx.write(msg, promise);
        if (completes && pending > 0) {
            pending--;
            while (!held.isEmpty() && !(pending > 0 && isHls(held.peek()))) {
                process(ctx, held.poll());
            }
            ctx.flush();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        releaseHeld();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        releaseHeld();
    }

    private void releaseHeld() {
        Object msg;
        while ((msg = held.poll()) != null) {
            ReferenceCountUtil.release(msg);
        }
    }

    /** @return true when answered here; false when Micronaut must answer (private playback) */
    private boolean answer(ChannelHandlerContext ctx, HttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpMethod method = request.method();
        if (HttpMethod.OPTIONS.equals(method)) {
            send(ctx, HlsResponsePlan.options(), keepAlive);
            return true;
        }
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            Map<String, String> headers = HlsResponsePlan.cors();
            headers.put("Allow", HlsResponsePlan.ALLOW_METHODS);
            json(ctx, HttpResponseStatus.METHOD_NOT_ALLOWED, headers, NOT_ALLOWED, keepAlive);
            return true;
        }
        String uri = request.uri();
        int query = uri.indexOf('?');
        Optional<HlsPath> path = HlsPath.parse(query < 0 ? uri : uri.substring(0, query));
        if (path.isEmpty()) {
            notFound(ctx, keepAlive);
            return true;
        }
        Optional<Boolean> open = gate.isPublic(path.get().app());
        if (open.isEmpty()) {
            notFound(ctx, keepAlive);
            return true;
        }
        if (!open.get()) {
            return false;
        }
        Optional<HlsFileStore.Opened> file = files.open(path.get());
        if (file.isEmpty()) {
            if (gate.remoteOwner(path.get().app(), path.get().room()).isPresent()) {
                return false; // another node serves this room: HlsController proxies it, with a cache
            }
            notFound(ctx, keepAlive);
            return true;
        }
        boolean head = HttpMethod.HEAD.equals(method);
        var h = request.headers();
        if (file.get() instanceof HlsFileStore.Bytes bytes && !h.contains(HttpHeaderNames.RANGE)) {
            // a playlist without Range: always the same 200 (no validators), ready-made per file version
            finish(ctx, prepared(bytes, path.get().type(), keepAlive, head), keepAlive);
            return true;
        }
        HlsResponsePlan plan = HlsResponsePlan.of(path.get().type(), file.get().length(), file.get().lastModifiedMillis(), head,
                h.get(HttpHeaderNames.RANGE), h.get(HttpHeaderNames.IF_RANGE), h.get(HttpHeaderNames.IF_NONE_MATCH),
                h.get(HttpHeaderNames.IF_MODIFIED_SINCE));
        sendFile(ctx, plan, file.get(), keepAlive);
        return true;
    }

    private void sendFile(ChannelHandlerContext ctx, HlsResponsePlan plan, HlsFileStore.Opened file, boolean keepAlive) {
        // the header names and values are this class's own constants and numbers: no per-character validation
        HttpResponse response = new DefaultHttpResponse(request11(), HttpResponseStatus.valueOf(plan.status()), false);
        plan.headers().forEach((k, v) -> response.headers().set(k, v));
        HttpUtil.setKeepAlive(response, keepAlive);
        ctx.write(response);
        ChannelFuture last;
        if (!plan.body()) {
            closeQuietly(file);
            last = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        } else if (file instanceof HlsFileStore.Bytes bytes) {
            last = ctx.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(bytes.content(), (int) plan.offset(),
                    (int) plan.length())));
        } else {
            HlsFileStore.Channel channel = (HlsFileStore.Channel) file;
            if (ctx.pipeline().get(SslHandler.class) == null) {
                boolean corked = cork(ctx, true);
                ctx.write(new DefaultFileRegion(channel.channel(), plan.offset(), plan.length()));
                last = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
                if (corked) {
                    last.addListener(f -> cork(ctx, false));
                }
            } else {
                byte[] region;
                try {
                    region = HlsFileStore.read(channel.channel(), plan.offset(), plan.length());
                } catch (IOException e) {
                    region = new byte[0];
                    ctx.close();
                } finally {
                    closeQuietly(file);
                }
                last = ctx.writeAndFlush(new DefaultLastHttpContent(Unpooled.wrappedBuffer(region)));
            }
        }
        if (!keepAlive) {
            last.addListener(ChannelFutureListener.CLOSE);
        }
    }

    /**
     * The whole-playlist answer for these bytes: one immutable header set per keep-alive choice (HEAD shares it)
     * built once per file version and shared by every request, and the body wrapped without a copy,
     * written as one message (the encoder puts headers and body in one buffer, one write).
     */
    private static FullHttpResponse prepared(HlsFileStore.Bytes bytes, HlsFileType type, boolean keepAlive, boolean head) {
        Object made = bytes.prepared;
        HttpHeaders[] variants;
        if (made instanceof HttpHeaders[] ready) {
            variants = ready;
        } else {
            variants = new HttpHeaders[2];
            HlsResponsePlan plan = HlsResponsePlan.of(type, bytes.length(), bytes.lastModifiedMillis(), false, null, null, null, null);
            for (int close = 0; close < 2; close++) {
                List<CharSequence> pairs = new ArrayList<>();
                plan.headers().forEach((k, v) -> {
                    pairs.add(AsciiString.cached(k));
                    pairs.add(new AsciiString(v));
                });
                if (close == 1) {
                    pairs.add(HttpHeaderNames.CONNECTION);
                    pairs.add(HttpHeaderValues.CLOSE);
                }
                variants[close] = new ReadOnlyHttpHeaders(false, pairs.toArray(new CharSequence[0]));
            }
            bytes.prepared = variants;
        }
        return new DefaultFullHttpResponse(request11(), HttpResponseStatus.OK,
                head ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(bytes.content()), variants[keepAlive ? 0 : 1],
                EmptyHttpHeaders.INSTANCE);
    }

    /**
     * {@code TCP_CORK} (native epoll transport only; elsewhere a no-op): headers and file leave in
     * full packets, as nginx's {@code tcp_nopush} sends them; uncorked once the answer is written.
     */
    private static boolean cork(ChannelHandlerContext ctx, boolean on) {
        if (TCP_CORK == null || !ctx.channel().isOpen()) {
            return false;
        }
        try {
            return ctx.channel().config().setOption(TCP_CORK, on);
        } catch (RuntimeException e) {
            return false; // a closed or foreign channel: nothing to do
        }
    }

    private static final ChannelOption<Boolean> TCP_CORK = corkOption();

    private static ChannelOption<Boolean> corkOption() {
        try {
            // loads EpollChannelOption (which registers the option) when the native transport is present
            Class.forName("io.netty.channel.epoll.EpollChannelOption", true, HlsHttpHandler.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return ChannelOption.exists(CORK_OPTION) ? ChannelOption.<Boolean>valueOf(CORK_OPTION) : null;
    }

    private static void closeQuietly(HlsFileStore.Opened file) {
        if (file instanceof HlsFileStore.Channel channel) {
            try {
                channel.channel().close();
            } catch (IOException ignored) {
                // nothing was sent from it
            }
        }
    }

    private static io.netty.handler.codec.http.HttpVersion request11() {
        return io.netty.handler.codec.http.HttpVersion.HTTP_1_1;
    }

    private void send(ChannelHandlerContext ctx, HlsResponsePlan plan, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(request11(), HttpResponseStatus.valueOf(plan.status()));
        plan.headers().forEach((k, v) -> response.headers().set(k, v));
        finish(ctx, response, keepAlive);
    }

    private void notFound(ChannelHandlerContext ctx, boolean keepAlive) {
        Map<String, String> headers = HlsResponsePlan.cors();
        headers.put("Cache-Control", "no-cache, no-store, must-revalidate");
        json(ctx, HttpResponseStatus.NOT_FOUND, headers, NOT_FOUND, keepAlive);
    }

    private void json(ChannelHandlerContext ctx, HttpResponseStatus status, Map<String, String> headers, byte[] body, boolean keepAlive) {
        FullHttpResponse response = new DefaultFullHttpResponse(request11(), status, Unpooled.wrappedBuffer(body));
        headers.forEach((k, v) -> response.headers().set(k, v));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        response.headers().set(HttpHeaderNames.CONTENT_LENGTH, body.length);
        finish(ctx, response, keepAlive);
    }

    private void finish(ChannelHandlerContext ctx, FullHttpResponse response, boolean keepAlive) {
        if (!(response.headers() instanceof ReadOnlyHttpHeaders)) {
            HttpUtil.setKeepAlive(response, keepAlive);
        }
        ChannelFuture future = ctx.writeAndFlush(response);
        if (!keepAlive) {
            future.addListener(ChannelFutureListener.CLOSE);
        }
    }
}
