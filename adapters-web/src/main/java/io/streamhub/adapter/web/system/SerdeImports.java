package io.streamhub.adapter.web.system;

import io.micronaut.serde.annotation.SerdeImport;
import io.streamhub.application.port.in.GetSystemStatsUseCase;
import io.streamhub.application.port.out.HostProbe;

/** Read-only application records that are serialized as they are (they hold no secrets). */
@SerdeImport(GetSystemStatsUseCase.SystemStats.class)
@SerdeImport(GetSystemStatsUseCase.Counts.class)
@SerdeImport(HostProbe.Cpu.class)
@SerdeImport(io.streamhub.application.port.in.ClusterUseCases.ClusterInfoView.class)
@SerdeImport(HostProbe.Memory.class)
@SerdeImport(HostProbe.Disk.class)
@SerdeImport(HostProbe.Storage.class)
final class SerdeImports {
    private SerdeImports() {
    }
}
