package io.streamhub.application.service;

import io.streamhub.application.port.in.MediaUseCases;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.MediaServerGateway;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import io.streamhub.domain.error.NotFoundException;
import io.streamhub.domain.room.ParticipantInfo;
import io.streamhub.domain.room.RoomInfo;
import io.streamhub.domain.room.RoomSpec;
import io.streamhub.domain.room.TrackInfo;
import io.streamhub.domain.stream.StreamLedger;
import java.util.List;

/** An app's rooms and participants at the media server; another app's rooms are never reached. */
public final class RoomService implements MediaUseCases.ManageRoomsUseCase {
    private final AppRepository apps;
    private final MediaServerGateway media;

    public RoomService(AppRepository apps, MediaServerGateway media) {
        this.apps = apps;
        this.media = media;
    }

    @Override
    public List<MediaUseCases.RoomView> listRooms(AppName name) {
        App app = AppLookup.require(apps, name);
        return media.listRooms(List.of()).stream()
                .filter(room -> app.roomPrefix().owns(room.name()))
                .map(room -> new MediaUseCases.RoomView(room, room.participants() == 0 ? 0 : viewers(room.name())))
                .toList();
    }

    @Override
    public MediaUseCases.RoomView createRoom(MediaUseCases.CreateRoomCommand command) {
        App app = AppLookup.require(apps, command.app());
        RoomInfo room = media.createRoom(new RoomSpec(app.roomPrefix().namespace(command.room()),
                command.emptyTimeoutSeconds(), command.maxParticipants(), command.metadata()));
        return new MediaUseCases.RoomView(room, 0);
    }

    @Override
    public MediaUseCases.RoomView room(AppName name, String room) {
        String full = roomOf(name, room);
        RoomInfo info = media.listRooms(List.of(full)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("room", full));
        return new MediaUseCases.RoomView(info, viewers(full));
    }

    @Override
    public void deleteRoom(AppName name, String room) {
        String full = roomOf(name, room);
        if (!media.deleteRoom(full)) {
            throw new NotFoundException("room", full);
        }
    }

    @Override
    public List<ParticipantInfo> participants(AppName name, String room) {
        return media.listParticipants(roomOf(name, room));
    }

    @Override
    public TrackInfo mute(MediaUseCases.MuteCommand command) {
        String full = roomOf(command.app(), command.room());
        return media.mutePublishedTrack(full, command.identity(), command.trackSid(), command.muted())
                .orElseThrow(() -> new NotFoundException("track", full + "/" + command.identity() + "/" + command.trackSid()));
    }

    @Override
    public void kick(AppName name, String room, String identity) {
        String full = roomOf(name, room);
        if (!media.removeParticipant(full, identity)) {
            throw new NotFoundException("participant", full + "/" + identity);
        }
    }

    private String roomOf(AppName name, String room) {
        return AppLookup.require(apps, name).roomPrefix().namespace(room);
    }

    private int viewers(String room) {
        return StreamLedger.viewers(media.listParticipants(room));
    }
}
