package io.streamhub.adapter.livekit;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import livekit.LivekitIngress;
import livekit.LivekitIngress.CreateIngressRequest;
import livekit.LivekitIngress.IngressInfo;
import livekit.LivekitIngress.IngressInput;
import livekit.LivekitModels.ParticipantInfo;
import livekit.LivekitModels.Room;
import livekit.LivekitModels.TrackInfo;
import livekit.LivekitRoom;

/**
 * A LiveKit stand-in that speaks the Twirp protocol of RoomService and Ingress the way
 * livekit-server v1.13.5 does (checked against it, see {@code RealLiveKit*Test}): binary
 * protobuf in and out, an HS256 {@code Bearer} token with the right video grant, and error
 * answers as {@code {"code":"not_found","msg":"..."}} with the matching HTTP status. It keeps
 * rooms, participants and ingress in memory and records every request. It behaves like a server
 * whose ingress service is running, and does not time out where the real one does (a mute of an
 * unknown participant answers {@code unavailable} at once instead of after 3 s).
 */
final class MockLiveKitServer implements AutoCloseable {
    /** A request as the mock received it. */
    record Recorded(String method, Message request, String authorization) {
    }

    private record Failure(int status, String contentType, byte[] body) {
    }

    private static final class TwirpException extends RuntimeException {
        final int status;
        final String code;

        TwirpException(int status, String code, String msg) {
            super(msg, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private final HttpServer http;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final String apiKey;
    private final String apiSecret;
    private final Map<String, Room> rooms = new LinkedHashMap<>();
    private final Map<String, Map<String, ParticipantInfo>> participants = new LinkedHashMap<>();
    private final Map<String, IngressInfo> ingress = new LinkedHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private volatile Failure failure;

    private MockLiveKitServer(String apiKey, String apiSecret) throws IOException {
        this.apiKey = apiKey;
        this.apiSecret = apiSecret;
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", this::handle);
        http.setExecutor(executor);
        http.start();
    }

    static MockLiveKitServer start() {
        try {
            return new MockLiveKitServer(LiveKitFixtures.API_KEY, LiveKitFixtures.API_SECRET);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** The last request to {@code method}, e.g. {@code CreateIngress}. */
    @SuppressWarnings("unchecked")
    <T extends Message> T lastRequest(String method) {
        for (int i = requests.size() - 1; i >= 0; i--) {
            if (requests.get(i).method().equals(method)) {
                return (T) requests.get(i).request();
            }
        }
        throw new AssertionError("no " + method + " request in " + requests);
    }

    /** From now on answer every request with this Twirp error. */
    void failWith(int status, String code, String msg) {
        failure = new Failure(status, "application/json", twirpJson(code, msg));
    }

    /** From now on answer every request with this raw answer (e.g. a proxy's HTML error page). */
    void answerRaw(int status, String contentType, String body) {
        failure = new Failure(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Puts a participant into {@code room} (created if missing), giving sids to it and its tracks where empty. */
    synchronized ParticipantInfo addParticipant(String room, ParticipantInfo.Builder participant) {
        if (!rooms.containsKey(room)) {
            rooms.put(room, newRoom(LivekitRoom.CreateRoomRequest.newBuilder().setName(room).build()));
        }
        if (participant.getSid().isEmpty()) {
            participant.setSid(id("PA_"));
        }
        for (TrackInfo.Builder track : participant.getTracksBuilderList()) {
            if (track.getSid().isEmpty()) {
                track.setSid(id("TR_"));
            }
        }
        ParticipantInfo built = participant.build();
        participants.computeIfAbsent(room, r -> new LinkedHashMap<>()).put(built.getIdentity(), built);
        return built;
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }

    // ------------------------------------------------------------------ HTTP --

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Failure forced = failure;
            if (forced != null) {
                send(exchange, forced.status(), forced.contentType(), forced.body());
                return;
            }
            try {
                String[] path = exchange.getRequestURI().getPath().split("/");
                if (!"POST".equals(exchange.getRequestMethod()) || path.length != 4 || !path[1].equals("twirp")) {
                    throw new TwirpException(404, "bad_route", "no handler for " + exchange.getRequestURI().getPath());
                }
                String auth = exchange.getRequestHeaders().getFirst("Authorization");
                Struct video = authenticate(auth);
                Message reply = dispatch(path[2], path[3], body, auth, video);
                send(exchange, 200, "application/protobuf", reply.toByteArray());
            } catch (TwirpException e) {
                send(exchange, e.status, "application/json", twirpJson(e.code, e.getMessage()));
            } catch (InvalidProtocolBufferException e) {
                send(exchange, 400, "application/json", twirpJson("malformed", e.getMessage()));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] twirpJson(String code, String msg) {
        Struct json = Struct.newBuilder()
                .putFields("code", Value.newBuilder().setStringValue(code).build())
                .putFields("msg", Value.newBuilder().setStringValue(msg).build())
                .build();
        try {
            return JsonFormat.printer().omittingInsignificantWhitespace().print(json).getBytes(StandardCharsets.UTF_8);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ auth --

    /** Checks the Bearer JWT like LiveKit: HS256 with the secret, issued by the key, unexpired; returns its video grant. */
    private Struct authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new TwirpException(401, "unauthenticated", "no Bearer token");
        }
        String[] parts = authorization.substring(7).split("\\.");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(apiSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
                throw new TwirpException(401, "unauthenticated", "invalid token signature");
            }
            Struct.Builder claims = Struct.newBuilder();
            JsonFormat.parser().merge(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8), claims);
            if (!apiKey.equals(claims.getFieldsOrThrow("iss").getStringValue())) {
                throw new TwirpException(401, "unauthenticated", "unknown API key");
            }
            if (claims.getFieldsOrThrow("exp").getNumberValue() * 1000 < System.currentTimeMillis()) {
                throw new TwirpException(401, "unauthenticated", "token expired");
            }
            return claims.getFieldsOrDefault("video", Value.getDefaultInstance()).getStructValue();
        } catch (TwirpException e) {
            throw e;
        } catch (Exception e) {
            throw new TwirpException(401, "unauthenticated", "invalid token: " + e);
        }
    }

    private static void require(Struct video, String grant, String room) {
        boolean granted = video.getFieldsOrDefault(grant, Value.getDefaultInstance()).getBoolValue();
        if (!granted || (room != null && !room.equals(video.getFieldsOrDefault("room", Value.getDefaultInstance()).getStringValue()))) {
            throw new TwirpException(403, "permission_denied", "permissions denied");
        }
    }

    // ------------------------------------------------------------- services --

    private synchronized Message dispatch(String service, String method, byte[] body, String auth, Struct video)
            throws InvalidProtocolBufferException {
        Message request = switch (service + "/" + method) {
            case "livekit.RoomService/CreateRoom" -> LivekitRoom.CreateRoomRequest.parseFrom(body);
            case "livekit.RoomService/ListRooms" -> LivekitRoom.ListRoomsRequest.parseFrom(body);
            case "livekit.RoomService/DeleteRoom" -> LivekitRoom.DeleteRoomRequest.parseFrom(body);
            case "livekit.RoomService/ListParticipants" -> LivekitRoom.ListParticipantsRequest.parseFrom(body);
            case "livekit.RoomService/GetParticipant", "livekit.RoomService/RemoveParticipant" ->
                    LivekitRoom.RoomParticipantIdentity.parseFrom(body);
            case "livekit.RoomService/MutePublishedTrack" -> LivekitRoom.MuteRoomTrackRequest.parseFrom(body);
            case "livekit.Ingress/CreateIngress" -> CreateIngressRequest.parseFrom(body);
            case "livekit.Ingress/ListIngress" -> LivekitIngress.ListIngressRequest.parseFrom(body);
            case "livekit.Ingress/DeleteIngress" -> LivekitIngress.DeleteIngressRequest.parseFrom(body);
            case "livekit.Egress/StartRoomCompositeEgress" -> livekit.LivekitEgress.RoomCompositeEgressRequest.parseFrom(body);
            case "livekit.Egress/StartParticipantEgress" -> livekit.LivekitEgress.ParticipantEgressRequest.parseFrom(body);
            case "livekit.Egress/StopEgress" -> livekit.LivekitEgress.StopEgressRequest.parseFrom(body);
            case "livekit.Egress/ListEgress" -> livekit.LivekitEgress.ListEgressRequest.parseFrom(body);
            default -> throw new TwirpException(404, "bad_route", "no handler for " + service + "/" + method);
        };
        requests.add(new Recorded(method, request, auth));
        if (request instanceof LivekitRoom.CreateRoomRequest r) {
            require(video, "roomCreate", null);
            return withCounts(rooms.computeIfAbsent(r.getName(), name -> newRoom(r)));
        }
        if (request instanceof LivekitRoom.ListRoomsRequest r) {
            require(video, "roomList", null);
            return LivekitRoom.ListRoomsResponse.newBuilder()
                    .addAllRooms(rooms.values().stream()
                            .filter(room -> r.getNamesCount() == 0 || r.getNamesList().contains(room.getName()))
                            .map(this::withCounts)
                            .toList())
                    .build();
        }
        if (request instanceof LivekitRoom.DeleteRoomRequest r) {
            require(video, "roomCreate", null);
            if (rooms.remove(r.getRoom()) == null) {
                throw new TwirpException(404, "not_found", "twirp error unknown: requested room does not exist");
            }
            participants.remove(r.getRoom());
            return LivekitRoom.DeleteRoomResponse.getDefaultInstance();
        }
        if (request instanceof LivekitRoom.ListParticipantsRequest r) {
            require(video, "roomAdmin", r.getRoom());
            return LivekitRoom.ListParticipantsResponse.newBuilder()
                    .addAllParticipants(participants.getOrDefault(r.getRoom(), Map.of()).values())
                    .build();
        }
        if (request instanceof LivekitRoom.RoomParticipantIdentity r) {
            require(video, "roomAdmin", r.getRoom());
            ParticipantInfo participant = participantOrThrow(r.getRoom(), r.getIdentity());
            if (method.equals("RemoveParticipant")) {
                participants.get(r.getRoom()).remove(r.getIdentity());
                return LivekitRoom.RemoveParticipantResponse.getDefaultInstance();
            }
            return participant;
        }
        if (request instanceof LivekitRoom.MuteRoomTrackRequest r) {
            require(video, "roomAdmin", r.getRoom());
            return mute(r);
        }
        if (request instanceof livekit.LivekitEgress.ListEgressRequest r) {
            require(video, "roomRecord", null);
            synchronized (egresses) {
                return livekit.LivekitEgress.ListEgressResponse.newBuilder().addAllItems(egresses.values().stream()
                        .filter(e -> r.getEgressId().isEmpty() || e.getEgressId().equals(r.getEgressId()))
                        .filter(e -> r.getRoomName().isEmpty() || e.getRoomName().equals(r.getRoomName()))
                        .toList()).build();
            }
        }
        if (method.startsWith("Start") && method.endsWith("Egress") || method.equals("StopEgress")) {
            require(video, "roomRecord", null);
            return egress(method, request);
        }
        require(video, "ingressAdmin", null);
        if (request instanceof CreateIngressRequest r) {
            return createIngress(r);
        }
        if (request instanceof LivekitIngress.ListIngressRequest r) {
            return LivekitIngress.ListIngressResponse.newBuilder()
                    .addAllItems(ingress.values().stream()
                            .filter(i -> r.getRoomName().isEmpty() || i.getRoomName().equals(r.getRoomName()))
                            .filter(i -> r.getIngressId().isEmpty() || i.getIngressId().equals(r.getIngressId()))
                            .toList())
                    .build();
        }
        LivekitIngress.DeleteIngressRequest r = (LivekitIngress.DeleteIngressRequest) request;
        IngressInfo removed = ingress.remove(r.getIngressId());
        if (removed == null) {
            throw new TwirpException(404, "not_found", "twirp error unknown: ingress does not exist");
        }
        return removed;
    }

    /** Egresses started, by id, as LiveKit reports them. */
    private final Map<String, livekit.LivekitEgress.EgressInfo> egresses = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** Ends egress {@code egressId} as complete, having written {@code filename} (what ListEgress reports next). */
    void completeEgress(String egressId, String filename) {
        egresses.computeIfPresent(egressId, (id, info) -> info.toBuilder().setStatus(livekit.LivekitEgress.EgressStatus.EGRESS_COMPLETE)
                .addFileResults(livekit.LivekitEgress.FileInfo.newBuilder().setFilename(filename)).build());
    }

    private Message egress(String method, Message request) {
        if (request instanceof livekit.LivekitEgress.StopEgressRequest stop) {
            livekit.LivekitEgress.EgressInfo known = egresses.get(stop.getEgressId());
            if (known == null) {
                throw new TwirpException(404, "not_found", "egress does not exist");
            }
            livekit.LivekitEgress.EgressInfo ending = known.toBuilder().setStatus(livekit.LivekitEgress.EgressStatus.EGRESS_ENDING).build();
            egresses.put(ending.getEgressId(), ending);
            return ending;
        }
        String room = request instanceof livekit.LivekitEgress.RoomCompositeEgressRequest r ? r.getRoomName()
                : ((livekit.LivekitEgress.ParticipantEgressRequest) request).getRoomName();
        if (!rooms.containsKey(room)) {
            throw new TwirpException(404, "not_found", "requested room does not exist");
        }
        livekit.LivekitEgress.EgressInfo started = livekit.LivekitEgress.EgressInfo.newBuilder().setEgressId(id("EG_"))
                .setRoomName(room).setStatus(livekit.LivekitEgress.EgressStatus.EGRESS_STARTING)
                .setStartedAt(System.currentTimeMillis() * 1_000_000L).build();
        egresses.put(started.getEgressId(), started);
        return started;
    }

    private Room newRoom(LivekitRoom.CreateRoomRequest r) {
        long now = System.currentTimeMillis();
        return Room.newBuilder()
                .setSid(id("RM_"))
                .setName(r.getName())
                .setEmptyTimeout(r.getEmptyTimeout() == 0 ? 300 : r.getEmptyTimeout())
                .setDepartureTimeout(20)
                .setMaxParticipants(r.getMaxParticipants())
                .setMetadata(r.getMetadata())
                .setCreationTime(now / 1000)
                .setCreationTimeMs(now)
                .build();
    }

    private Room withCounts(Room room) {
        var inRoom = participants.getOrDefault(room.getName(), Map.of()).values();
        return room.toBuilder()
                .setNumParticipants(inRoom.size())
                .setNumPublishers((int) inRoom.stream().filter(p -> p.getTracksCount() > 0).count())
                .build();
    }

    private ParticipantInfo participantOrThrow(String room, String identity) {
        ParticipantInfo participant = participants.getOrDefault(room, Map.of()).get(identity);
        if (participant == null) {
            throw new TwirpException(404, "not_found", "twirp error unknown: participant does not exist");
        }
        return participant;
    }

    private LivekitRoom.MuteRoomTrackResponse mute(LivekitRoom.MuteRoomTrackRequest r) {
        ParticipantInfo participant = participants.getOrDefault(r.getRoom(), Map.of()).get(r.getIdentity());
        if (participant == null) {
            // livekit-server v1.13.5 asks the participant's node and gives up after 3 s
            throw new TwirpException(503, "unavailable", "twirp error unknown: no response from servers");
        }
        ParticipantInfo.Builder changed = participant.toBuilder();
        for (TrackInfo.Builder track : changed.getTracksBuilderList()) {
            if (track.getSid().equals(r.getTrackSid())) {
                track.setMuted(r.getMuted());
                participants.get(r.getRoom()).put(r.getIdentity(), changed.build());
                return LivekitRoom.MuteRoomTrackResponse.newBuilder().setTrack(track.build()).build();
            }
        }
        return LivekitRoom.MuteRoomTrackResponse.getDefaultInstance(); // unknown track: 200 without a track
    }

    private IngressInfo createIngress(CreateIngressRequest r) {
        if (r.getParticipantIdentity().isEmpty()) {
            throw new TwirpException(400, "invalid_argument", "twirp error unknown: invalid ingress: no participant identity");
        }
        if (r.getInputType() == IngressInput.URL_INPUT && r.getUrl().isEmpty()) {
            throw new TwirpException(400, "invalid_argument", "twirp error unknown: invalid ingress: missing URL parameter");
        }
        boolean bypass = r.hasEnableTranscoding() && !r.getEnableTranscoding();
        if (bypass && r.getInputType() != IngressInput.WHIP_INPUT) {
            throw new TwirpException(400, "invalid_argument", "twirp error unknown: invalid transcoding bypass configuration: "
                    + "bypassing transcoding impossible with selected input type");
        }
        IngressInfo.Builder info = IngressInfo.newBuilder()
                .setIngressId(id("IN_"))
                .setName(r.getName())
                .setInputType(r.getInputType())
                .setRoomName(r.getRoomName())
                .setParticipantIdentity(r.getParticipantIdentity())
                .setParticipantName(r.getParticipantName())
                .setState(LivekitIngress.IngressState.getDefaultInstance());
        switch (r.getInputType()) {
            case RTMP_INPUT -> info.setStreamKey(id("")).setUrl("rtmp://127.0.0.1:1935/x").setReusable(true);
            case WHIP_INPUT -> info.setStreamKey(id("")).setUrl("http://127.0.0.1:8080/w").setReusable(true);
            default -> info.setUrl(r.getUrl());
        }
        if (r.hasEnableTranscoding()) {
            info.setEnableTranscoding(r.getEnableTranscoding()).setBypassTranscoding(bypass);
        }
        IngressInfo built = info.build();
        ingress.put(built.getIngressId(), built);
        return built;
    }

    private static String id(String prefix) {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder id = new StringBuilder(prefix);
        for (int i = 0; i < 12; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }

    @Override
    public String toString() {
        return "MockLiveKitServer" + new ArrayList<>(rooms.keySet());
    }
}
