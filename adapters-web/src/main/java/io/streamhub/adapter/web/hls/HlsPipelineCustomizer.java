package io.streamhub.adapter.web.hls;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpServerCodec;
import jakarta.inject.Singleton;

/**
 * Puts {@link HlsHttpHandler} in front of Micronaut's handler on every HTTP/1.1 connection. HTTP/2
 * connections (no {@link HttpServerCodec}) are left alone: their {@code /hls/} requests reach
 * {@link HlsController}, which answers the same without the zero-copy path.
 */
@Singleton
public class HlsPipelineCustomizer implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {
    private final HlsFileStore files;
    private final HlsPlaybackGate gate;

    public HlsPipelineCustomizer(HlsFileStore files, HlsPlaybackGate gate) {
        this.files = files;
        this.gate = gate;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {
        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null || channel.pipeline().get(HttpServerCodec.class) == null
                    || channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) == null
                    || channel.pipeline().get(HlsHttpHandler.class) != null) {
                return;
            }
            channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, "streamhub-hls",
                    new HlsHttpHandler(files, gate));
        }
    }
}
